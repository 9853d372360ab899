package org.policyexplorer.ui;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.AppLog;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.StartOptions;
import org.policyexplorer.ui.common.BackgroundWork;

/**
 * The JavaFX application. {@link #init()} runs on the launcher thread, so the store is opened and the report
 * loaded there, in parallel with the toolkit starting, and the FX thread only builds and shows the window.
 */
public final class PolicyExplorerApp extends Application {
    private static final Logger LOG = Logger.getLogger(PolicyExplorerApp.class.getName());
    private static StartOptions options = new StartOptions(null, null, false);
    private static long startNanos = System.nanoTime();

    private AppContext context;
    private BackgroundWork background;
    private StartupState state;
    private Throwable startupError;

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(StartOptions startOptions, long processStartNanos) {
        options = startOptions;
        startNanos = processStartNanos;
        Application.launch(PolicyExplorerApp.class);
    }

    @Override
    public void init() {
        try {
            Path db = options.resolvedDatabase();
            AppLog.toFolder(db.toAbsolutePath().getParent());
            context = new AppContext(db, options.messages());
            background = new BackgroundWork();
            state = StartupState.load(context);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot start", e);
            startupError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            Messages messages = options.messages();
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("error.store", startupError.getMessage()));
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(null);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        MainWindow window = new MainWindow(context, background, state);
        window.show(stage, state);
        if (options.timings()) {
            printFirstFrame();
            window.printSearchTimings();
        }
    }

    /** Prints the time from process start to the first frame rendered with the report open. */
    private static void printFirstFrame() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.printf("startup: first frame after %d ms%n", (System.nanoTime() - startNanos) / 1_000_000);
            }
        }.start();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
