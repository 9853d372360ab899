package org.policyexplorer.ui.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.AppLog;
import org.policyexplorer.app.InstanceLock;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.StartOptions;
import org.policyexplorer.ui.StartupState;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.common.NextFrame;

/**
 * The JavaFX application. {@link #init()} runs on the launcher thread, so the store is opened and the report
 * loaded there, in parallel with the toolkit starting, and the FX thread only builds and shows the window.
 */
public final class PolicyExplorerApp extends Application {
    private static final Logger LOG = Logger.getLogger(PolicyExplorerApp.class.getName());
    private static StartOptions options = new StartOptions(null, null, false, false);
    /** 1 when the window could not start; what the process exits with. */
    private static volatile int exitStatus;
    private static long startNanos = System.nanoTime();
    /** The store is opened and the report loaded while the toolkit starts, not after it. */
    private static CompletableFuture<Loaded> loading;

    private AppContext context;
    private BackgroundWork background;
    private StartupState state;
    private Throwable startupError;
    private InstanceLock lock;

    /** Opens the window and returns, once it is closed, the exit status (0, or 1 if it could not start). */
    public static int launchWindow(StartOptions startOptions, long processStartNanos) {
        options = startOptions;
        startNanos = processStartNanos;
        // JavaFX's own words (OK / Cancel in dialogs, a text field's menu) follow the default locale: the
        // window's language, also when --lang differs from the system's
        java.util.Locale.setDefault(startOptions.messages().locale());
        loading = CompletableFuture.supplyAsync(PolicyExplorerApp::load);
        // with the class-data archive (the jar's relaunched window) the classes are mapped, not read: no warmer
        boolean mapped = "child".equals(System.getProperty(org.policyexplorer.app.ClassDataLaunch.MODE));
        if (!Boolean.getBoolean("policyexplorer.noClassWarmer") && !mapped) {
            ClassWarmer.start();
        }
        CompletableFuture.runAsync(PolicyExplorerApp::returnIdleMemory); // before start-up's first marking cycle
        try {
            Application.launch(PolicyExplorerApp.class);
        } catch (RuntimeException e) { // no display, most often: said in words, not as a stack trace
            LOG.log(Level.SEVERE, "cannot open the window", e);
            Throwable cause = e.getCause() != null && e.getMessage() != null
                    && e.getMessage().startsWith("Exception in Application") ? e.getCause() : e;
            String why = cause.getMessage() != null ? cause.getMessage() : cause.toString();
            System.err.println(options.messages().get("error.window", why));
            return 1;
        }
        return exitStatus;
    }

    /** What {@link #init()} waits for: the services, the state the window opens with, and how it opened. */
    private record Loaded(AppContext context, StartupState state, InstanceLock lock) {
        boolean readOnly() {
            return lock == null;
        }
    }

    private static Loaded load() {
        Path db = options.resolvedDatabase();
        AppLog.toFolder(db.toAbsolutePath().getParent());
        InstanceLock lock = InstanceLock.tryAcquire(db);
        // another window has this store: read it, never write it
        boolean readOnly = lock == null && Files.exists(db);
        AppContext context = new AppContext(db, options.messages(), readOnly);
        try {
            return new Loaded(context, StartupState.load(context.library(), context.settings()), readOnly ? null : lock);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    @Override
    public void init() {
        mark("toolkit ready, init");
        try {
            Loaded loaded = (loading != null ? loading : CompletableFuture.supplyAsync(PolicyExplorerApp::load)).join();
            context = loaded.context();
            state = loaded.state();
            lock = loaded.lock();
            background = new BackgroundWork();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.log(Level.SEVERE, "cannot start", cause);
            startupError = cause;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            exitStatus = 1;
            Messages messages = options.messages();
            if (options.checkStart()) {
                System.err.println(messages.get("error.store", startupError.getMessage()));
                Platform.exit();
                return;
            }
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("error.store", startupError.getMessage()));
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(null);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        mark("start");
        MainWindow window = new MainWindow(context, background, state);
        mark("window built");
        window.show(stage, state);
        mark("stage shown");
        tellAboutTheStore(stage);
        if (options.timings()) {
            printFirstFrame();
            window.printTimings();
        }
        if (options.checkStart()) {
            reportOpenedAndClose(stage);
        }
    }

    /** For {@code --check-start}: after the first frame, says which report is open and closes the window. */
    private void reportOpenedAndClose(Stage stage) {
        NextFrame.then(() -> {
            var document = state.document();
            if (document == null) {
                exitStatus = 1; // an installation that opens no report is not working
                System.out.println("opened: no report");
            } else {
                System.out.println("opened: " + document.report().title() + " · "
                        + document.allSections().size() + " sections");
            }
            stage.close(); // as a user would: the window saves its state, then the toolkit exits
        });
    }

    /**
     * The window idles most of its life, and opening a report makes garbage by the hundred megabytes (a 20 MB
     * report's text, outline and search word counts); G1 gives unused heap back to the system only at the end
     * of a marking cycle, which an idle program never starts. So: a collection after 5 s without one, which
     * starts such a cycle (JEP 346; a pause of a few milliseconds, and only while idle), and a heap kept within
     * 30% of what is live instead of 70%. Measured with {@code scripts/bench-memory.sh} (Xvfb, two cores):
     * resident memory with the seed open about 300 → 280 MB, with a 20 MB report about 690 → 530 MB, and no
     * longer frame gaps while scrolling. (Trimming the C heap as well saved 20 MB more on the seed, but when
     * it ran during work on a 20 MB report the window froze for half a second or more; it is not done.) A
     * runtime without {@code jdk.management} (the trimmed installer image) keeps the defaults.
     */
    private static void returnIdleMemory() {
        try {
            var vm = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class);
            vm.setVMOption("MinHeapFreeRatio", "10"); // first: it may not exceed the maximum
            vm.setVMOption("MaxHeapFreeRatio", "30");
            vm.setVMOption("G1PeriodicGCInterval", "5000");
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "memory left to the defaults", e);
        }
    }

    /** Says, once the window is up, that the store was repaired or is open read-only. */
    private void tellAboutTheStore(Stage stage) {
        Messages messages = context.messages();
        if (context.setAside() != null) {
            org.policyexplorer.ui.common.Dialogs.inform(stage, messages,
                    messages.get("store.setAside", context.setAside().toAbsolutePath()));
        } else if (lock == null && context.storeFile() != null && isReadOnly()) {
            org.policyexplorer.ui.common.Dialogs.inform(stage, messages, messages.get("store.readOnly"));
        }
    }

    /** Known from how the store was opened: no query on the FX thread. */
    private boolean isReadOnly() {
        return context.readOnly();
    }

    private static void mark(String what) {
        if (options.timings()) {
            System.out.printf("startup: %s after %d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000);
        }
    }

    /** Prints the time from process start to the first frame rendered with the report open. */
    private static void printFirstFrame() {
        NextFrame.then(() -> System.out.printf("startup: first frame after %d ms%n",
                (System.nanoTime() - startNanos) / 1_000_000));
    }

    @Override
    public void stop() {
        if (lock != null) {
            lock.close();
        }
        if (background != null) {
            background.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
