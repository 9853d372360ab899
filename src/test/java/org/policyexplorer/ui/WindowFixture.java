package org.policyexplorer.ui;

import org.policyexplorer.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.ui.common.BackgroundWork;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window over a store file, opened and closed as the application does it: services built and
 * the start-up state loaded off the FX thread, the window shown on it. Opening again over the same file is
 * a restart.
 */
final class WindowFixture {
    private final Path database;
    AppContext context;
    BackgroundWork background;
    MainWindow window;
    private Stage stage;

    WindowFixture(Path database) {
        this.database = database;
    }

    static void registerToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    MainWindow open() throws Exception {
        return open(context -> { });
    }

    /** Opens the window after preparing the store (importing, annotating) as a user would have before. */
    MainWindow open(Consumer<AppContext> prepare) throws Exception {
        context = new AppContext(database, new Messages(Locale.SIMPLIFIED_CHINESE));
        prepare.accept(context);
        background = new BackgroundWork();
        StartupState state = StartupState.load(context.library(), context.settings());
        stage = FxToolkit.setupStage(s -> {
            window = new MainWindow(context, background, state);
            window.show(s, state);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    /** Closes as the user does: the window's state is saved, background work finishes, the store closes. */
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
        background.close();
        context.close();
    }

    Stage stage() {
        return stage;
    }
}
