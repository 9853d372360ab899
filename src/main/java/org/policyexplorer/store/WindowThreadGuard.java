package org.policyexplorer.store;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Store work never runs on the window's thread: a query there freezes every frame while it runs. The store
 * cannot know JavaFX, so it knows the thread by the name the toolkit gives it. Under tests
 * ({@code -Dpolicyexplorer.strictThreads=true}) such a call fails; in the application it is logged with its
 * stack trace and allowed, so a slip costs a stutter, not the user's work.
 */
final class WindowThreadGuard {
    private static final Logger LOG = Logger.getLogger(WindowThreadGuard.class.getName());
    static final String FX_THREAD = "JavaFX Application Thread";
    private static final boolean STRICT = Boolean.getBoolean("policyexplorer.strictThreads");

    private WindowThreadGuard() {
    }

    static void check() {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            IllegalStateException e = new IllegalStateException("store access on the JavaFX application thread");
            if (STRICT) {
                throw e;
            }
            LOG.log(Level.SEVERE, "store access on the window's thread", e);
        }
    }
}
