package org.policyexplorer.ui.common;

import javafx.animation.AnimationTimer;

/** Runs an action once, on the FX thread, at the next frame: when what was just changed is on screen. */
public final class NextFrame {
    private NextFrame() {
    }

    public static void then(Runnable action) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                action.run();
            }
        }.start();
    }
}
