package org.policyexplorer.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.AppLog;
import org.policyexplorer.app.StartOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: with no sub-command it opens the window; otherwise the sub-command runs and exits. */
// scope INHERIT: every sub-command answers --help (and --version) too
@Command(name = "policy-explorer", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        version = "Policy Explorer 0.1",
        description = "Read, search and annotate Chinese government work reports (政府工作报告).",
        subcommands = {ImportCommand.class, ReportsCommand.class, TreeCommand.class, SearchCommand.class, CompareCommand.class, LinkCommand.class,
            IndicatorsCommand.class, AnnotateCommand.class, AnnotationsCommand.class, ExportCommand.class,
            ImportAnnotationsCommand.class, TrackCommand.class, PartsCommand.class, SetPartCommand.class, CheckOutlineCommand.class, CheckGoldCommand.class, SetReportCommand.class, DeleteReportCommand.class, EditAnnotationCommand.class, DeleteAnnotationCommand.class, TagCommand.class, PairsCommand.class,
            BenchCommand.class})
public final class PolicyExplorerCommand implements Callable<Integer> {

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

    /** @param windowLauncher opens the window and returns the exit status once it is closed */
    public PolicyExplorerCommand(ToIntFunction<StartOptions> windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    public StartOptions options() {
        return new StartOptions(database, lang, timings, checkStart);
    }

    /** Opens the store for a sub-command; the caller closes it. */
    AppContext openContext() {
        StartOptions options = options();
        Path db = options.resolvedDatabase();
        AppLog.toFolder(db.toAbsolutePath().getParent());
        return new AppContext(db, options.messages());
    }

    @Override
    public Integer call() {
        return windowLauncher.applyAsInt(options());
    }
}
