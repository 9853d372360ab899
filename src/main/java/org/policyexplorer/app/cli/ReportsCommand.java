package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reports [--json]}: the reports in the store. */
@Command(name = "reports", description = "List the reports in the store.")
final class ReportsCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            context.seed().latestOrSeed();
            List<Report> reports = context.reports().list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Object> rows = new ArrayList<>();
                reports.forEach(r -> rows.add(ReportJson.reportWithSource(r)));
                Json.print(out, rows);
            } else {
                for (Report r : reports) {
                    out.printf("%d\t%s\t%s\t%s%n", r.id(), r.title(), r.place() == null ? "" : r.place(),
                            r.year() == null ? "" : r.year());
                }
                out.flush();
            }
            return 0;
        }
    }
}
