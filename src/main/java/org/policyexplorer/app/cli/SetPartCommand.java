package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code set-part --report ID --part SECTION_ID --role plan [--year 2026]}: corrects a part's role and year. */
@Command(name = "set-part", description = "Correct a part's role (review, plan, governance, other) and year. "
        + "The correction is kept and survives importing the same report again.")
final class SetPartCommand extends OneReportCommand {
    /** The roles a user can give a part. */
    enum Role { review, plan, governance, other }

    @Option(names = "--part", paramLabel = "SECTION_ID", required = true, description = "The part's id (see parts).")
    long part;

    @Option(names = "--role", required = true, description = "review, plan, governance or other.")
    Role role;

    @Option(names = "--year", description = "The year the part is about (leave out for a five-year part).")
    Integer year;

    /** What {@code set-part --json} prints: the correction as kept. */
    record Corrected(long report, long part, String role, Integer year, boolean corrected) {
    }

    @Override
    void run(AppContext context, ReportDocument doc, PrintWriter out) {
        try {
            context.library().correctPart(doc.report().id(), part, PartRole.fromKey(role.name()), year);
        } catch (IllegalArgumentException e) {
            throw new UserError(context.messages().get("cli.error.noSuchPart", Long.toString(part), Long.toString(doc.report().id())));
        }
        if (json) {
            Json.print(out, new Corrected(doc.report().id(), part, role.name(), year, true));
        } else {
            out.println(context.messages().get("cli.partCorrected", Long.toString(part), role.name(), year == null ? "—" : year.toString()));
        }
    }
}
