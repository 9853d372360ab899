package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import picocli.CommandLine.Command;

/** {@code tree [--report ID] [--json]}: a report's outline. */
@Command(name = "tree", description = "Print a report's outline: parts, chapters, topics, paragraphs.")
final class TreeCommand extends OneReportCommand {
    @Override
    void run(AppContext context, ReportDocument doc, PrintWriter out) {
        if (json) {
            Json.print(out, ReportJson.Outline.of(doc));
        } else {
            out.println(doc.report().title());
            SectionLabels labels = new SectionLabels(context.messages());
            for (Section part : doc.parts()) {
                print(out, doc, labels, part, 1);
            }
        }
    }

    private static void print(PrintWriter out, ReportDocument doc, SectionLabels labels, Section s, int depth) {
        out.println("  ".repeat(depth) + labels.label(s, doc.text()));
        for (Section child : s.children()) {
            print(out, doc, labels, child, depth + 1);
        }
    }
}
