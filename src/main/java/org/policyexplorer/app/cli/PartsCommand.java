package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.OutlinePart;
import picocli.CommandLine.Command;

/** {@code parts [--report ID] [--json]}: the report's top-level parts, their roles, years and confidence. */
@Command(name = "parts", description = "List a report's parts: role, year, how sure the parser is, "
        + "and whether the user corrected them.")
final class PartsCommand extends OneReportCommand {
    @Override
    void run(AppContext context, ReportDocument doc, PrintWriter out) {
        List<OutlinePart> parts = context.library().parts(doc.report().id());
        if (json) {
            Json.print(out, new PartsJson(ReportJson.of(doc.report()), parts.stream().map(PartJson::of).toList()));
            return;
        }
        for (OutlinePart p : parts) {
            out.printf("%6d  %-10s %-5s %.2f%s  %s%n", p.sectionId(), p.role().key(),
                    p.year() == null ? "" : p.year().toString(), p.confidence(), p.corrected() ? " corrected" : "",
                    p.title() == null ? "" : p.title());
        }
    }

    /** {@code parts --json}. */
    record PartsJson(ReportJson report, List<PartJson> parts) {
    }

    /** A part: its section id, role and year as the parser judged them or the user corrected them. */
    record PartJson(long id, String number, String title, String role, Integer year, double confidence,
                    boolean corrected) {
        static PartJson of(OutlinePart p) {
            // two decimals: the parser's confidence is a judgement, not a measurement
            return new PartJson(p.sectionId(), p.number(), p.title(), p.role().key(), p.year(),
                    Math.round(p.confidence() * 100) / 100.0, p.corrected());
        }
    }
}
