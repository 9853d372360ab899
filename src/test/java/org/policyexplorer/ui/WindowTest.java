package org.policyexplorer.ui;

import org.policyexplorer.ui.window.MainWindow;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.app.AppContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A test of the real window over a fresh store in a temp folder: opened before each test (after
 * {@link #prepare} and before {@link #afterOpen}), closed after it, and restarted on demand.
 */
abstract class WindowTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    WindowFixture app;
    AppContext context;
    MainWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        WindowFixture.registerToolkit();
    }

    @BeforeEach
    final void openWindow() throws Exception {
        app = new WindowFixture(dir.resolve("ui.db"));
        window = app.open(this::prepare);
        context = app.context;
        WaitForAsyncUtils.waitForFxEvents();
        afterOpen();
    }

    @AfterEach
    final void closeWindow() throws Exception {
        app.close();
    }

    /** Closes the window and opens it again over the same store, as a user restarting the app. */
    final void restart() throws Exception {
        app.close();
        window = app.open();
        context = app.context;
        WaitForAsyncUtils.waitForFxEvents();
        afterOpen();
    }

    /** What the store holds before the window first opens, besides the bundled report. */
    void prepare(AppContext store) {
    }

    /** Where each test starts once the window is up (a tab, a wait). */
    void afterOpen() throws Exception {
    }
}
