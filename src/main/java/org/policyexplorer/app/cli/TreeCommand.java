package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tree [--report ID] [--json]}: a report's outline. */
@Command(name = "tree", description = "Print a report's outline: parts, chapters, topics, paragraphs.")
final class TreeCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--report", paramLabel = "ID", description = "Report id (default: the latest).")
    Long reportId;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            ReportDocument doc = ReportSelection.load(context, reportId);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, ReportJson.tree(doc));
            } else {
                out.println(doc.report().title());
                SectionLabels labels = new SectionLabels(context.messages());
                for (Section part : doc.parts()) {
                    print(out, doc, labels, part, 1);
                }
                out.flush();
            }
            return 0;
        }
    }

    private static void print(PrintWriter out, ReportDocument doc, SectionLabels labels, Section s, int depth) {
        out.println("  ".repeat(depth) + labels.label(s, doc.text()));
        for (Section child : s.children()) {
            print(out, doc, labels, child, depth + 1);
        }
    }
}
