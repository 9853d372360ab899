package org.policyexplorer.app;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyexplorer.app.cli.PolicyExplorerCommand;
import org.policyexplorer.app.cli.UsageErrors;
import org.policyexplorer.app.cli.UserError;
import org.policyexplorer.store.StoreException;
import picocli.CommandLine;

/**
 * Runs the command line: no command opens the window (through the launcher it is given), a command runs the
 * CLI; errors a user can act on become a message and an exit code. The process starts in
 * {@link org.policyexplorer.Main}, which hands it the window.
 */
public final class Launcher {
    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    private Launcher() {
    }

    /** Runs the command line with the given streams; the window opener is injectable for tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err,
                          java.util.function.ToIntFunction<StartOptions> windowLauncher) {
        CommandLine cli = new CommandLine(new PolicyExplorerCommand(windowLauncher));
        if (PolicyExplorerCommand.namesASubcommand(args)) {
            PolicyExplorerCommand.addSubcommands(cli);
        }
        Messages messages = new Messages(Messages.localeFor(langOf(args)));
        cli.setParameterExceptionHandler(new UsageErrors(messages));
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
                commandLine.getErr().println(ErrorMessages.describe(messages, e));
                return 3;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** The value of {@code --lang} on the command line, or null: messages about the command line itself use it. */
    private static String langOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }
}
