package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.ReportDocument;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that works on one report: {@code --report ID} (default: the latest) and {@code --json}. It opens
 * the store, loads the report and hands both to {@link #run}, then closes the store.
 */
abstract class OneReportCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--report", paramLabel = "ID", description = "Report id (default: the latest).")
    Long reportId;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public final Integer call() {
        try (AppContext context = root.openContext()) {
            PrintWriter out = spec.commandLine().getOut();
            run(context, ReportSelection.load(context, reportId), out);
            out.flush();
            return 0;
        }
    }

    /** Does the command's work on the report, printing to {@code out} (JSON when {@link #json} is set). */
    abstract void run(AppContext context, ReportDocument doc, PrintWriter out);
}
