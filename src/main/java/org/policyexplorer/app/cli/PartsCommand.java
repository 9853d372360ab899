package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("report", ReportJson.report(doc.report()));
            m.put("parts", parts.stream().map(PartsCommand::json).toList());
            Json.print(out, m);
            return;
        }
        for (OutlinePart p : parts) {
            out.printf("%6d  %-10s %-5s %.2f%s  %s%n", p.sectionId(), p.role().key(),
                    p.year() == null ? "" : p.year().toString(), p.confidence(), p.corrected() ? " corrected" : "",
                    p.title() == null ? "" : p.title());
        }
    }

    private static Map<String, Object> json(OutlinePart p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.sectionId());
        m.put("number", p.number());
        m.put("title", p.title());
        m.put("role", p.role().key());
        m.put("year", p.year());
        m.put("confidence", Math.round(p.confidence() * 100) / 100.0);
        m.put("corrected", p.corrected());
        return m;
    }
}
