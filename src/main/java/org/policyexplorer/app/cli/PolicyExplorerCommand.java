package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.AppLog;
import org.policyexplorer.app.StartOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command: with no sub-command it opens the window; otherwise the sub-command runs and exits. The
 * sub-commands are added only when the command line names one ({@link #addSubcommands}): building the model
 * of all of them costs picocli a noticeable part of the window's start.
 */
// scope INHERIT: every sub-command answers --help (and --version) too
@Command(name = "policy-explorer", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        version = "Policy Explorer 0.1",
        description = "Read, search and annotate Chinese government work reports (政府工作报告).")
public final class PolicyExplorerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;


    @Option(names = "--db", paramLabel = "FILE", description = "The store to use (default: per-user data folder, "
            + "or the POLICY_EXPLORER_DB environment variable).")
    Path database;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of messages and window.")
    String lang;

    @Option(names = "--timings", description = "Print start-up timings.")
    boolean timings;

    @Option(names = "--check-start", description = "Open the window, print the report it opened and quit after "
            + "the first frame (exit 1 if it could not start). For checking an installation.")
    boolean checkStart;

    private final ToIntFunction<StartOptions> windowLauncher;

    /** Every sub-command, in the order {@code --help} lists them. */
    public static void addSubcommands(CommandLine cli) {
        for (Object command : List.of(new ImportCommand(), new ReportsCommand(), new TreeCommand(),
                new SearchCommand(), new CompareCommand(), new LinkCommand(), new IndicatorsCommand(),
                new AnnotateCommand(), new AnnotationsCommand(), new ExportCommand(), new ImportAnnotationsCommand(),
                new TrackCommand(), new PartsCommand(), new SetPartCommand(), new CheckOutlineCommand(),
                new CheckGoldCommand(), new SetReportCommand(), new DeleteReportCommand(), new EditAnnotationCommand(),
                new DeleteAnnotationCommand(), new TagCommand(), new TagsCommand(), new MemoCommand(), new MatrixCommand(),
                new PairsCommand(), new TermsCommand(), new DistinctiveCommand(), new ImportSamplesCommand(),
                new TargetsCommand(), new BenchCommand())) {
            cli.addSubcommand(command);
        }
    }

    /**
     * Whether a command line names a sub-command (or asks for the help that lists them): any word that is not
     * an option nor the value of {@code --db} or {@code --lang}.
     */
    public static boolean namesASubcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db") || arg.equals("--lang")) {
                i++;
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")
                    || !arg.startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    /** @param windowLauncher opens the window and returns the exit status once it is closed */
    public PolicyExplorerCommand(ToIntFunction<StartOptions> windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    public StartOptions options() {
        return new StartOptions(database, lang, timings, checkStart);
    }

    /** Up to this many reports the index catches up without a word; more, with progress on stderr. */
    private static final int QUIET_CATCH_UP = 20;

    /** Opens the store for a sub-command; the caller closes it. */
    AppContext openContext() {
        StartOptions options = options();
        Path db = options.resolvedDatabase();
        AppLog.toFolder(db.toAbsolutePath().getParent());
        AppContext context = new AppContext(db, options.messages());
        try {
            // a command answers from an index in step with the store; a long catch-up says how far it is
            PrintWriter err = spec.commandLine().getErr();
            context.reconcileIndex((done, total) -> {
                if (total > QUIET_CATCH_UP) {
                    err.print("\r" + context.messages().get("status.indexing", done, total)
                            + (done == total ? System.lineSeparator() : ""));
                    err.flush();
                }
            });
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    @Override
    public Integer call() {
        return windowLauncher.applyAsInt(options());
    }
}
