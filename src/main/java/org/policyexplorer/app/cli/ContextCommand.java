package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that works on the store as a whole (an annotation, a tag): it opens the store, hands it to
 * {@link #run} with the output and {@code --json}, and closes it.
 */
abstract class ContextCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public final Integer call() {
        try (AppContext context = root.openContext()) {
            PrintWriter out = spec.commandLine().getOut();
            run(context, out);
            out.flush();
            return 0;
        }
    }

    abstract void run(AppContext context, PrintWriter out);
}
