package org.policyexplorer.app;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyexplorer.app.cli.PolicyExplorerCommand;
import org.policyexplorer.app.cli.UserError;
import org.policyexplorer.store.StoreException;
import org.policyexplorer.ui.PolicyExplorerApp;
import picocli.CommandLine;

/**
 * The entry point of {@code policy-explorer.jar}. A plain class (not the JavaFX Application) so the jar
 * starts with JavaFX on the class path. No command opens the window; a command runs the CLI.
 */
public final class Launcher {
    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    private Launcher() {
    }

    public static void main(String[] args) {
        long startNanos = System.nanoTime();
        int exit = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                options -> PolicyExplorerApp.launchWindow(options, startNanos));
        System.exit(exit);
    }

    /** Runs the command line with the given streams; the window opener is injectable for tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err,
                          java.util.function.ToIntFunction<StartOptions> windowLauncher) {
        CommandLine cli = new CommandLine(new PolicyExplorerCommand(windowLauncher));
        // enum options (--part, --order, --format, --role, --level) take any case, as the hand parsing did
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError) {
                commandLine.getErr().println(e.getMessage());
                return 2;
            }
            if (e instanceof StoreException) {
                LOG.log(Level.SEVERE, "store failure", e);
                commandLine.getErr().println(e.getMessage());
                return 3;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
