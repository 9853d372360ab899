package org.policyexplorer.ui.common;

import javafx.animation.AnimationTimer;

/**
 * For {@code --timings}: while running, notes every frame the window draws and the longest time between
 * two of them, which is how long the window froze (a steady 60 fps is 17 ms).
 */
public final class FrameGapMeter extends AnimationTimer {
    private long started;
    private long last;
    private long longestGap;
    private int frames;

    @Override
    public void start() {
        started = System.nanoTime();
        last = started;
        longestGap = 0;
        frames = 0;
        super.start();
    }

    @Override
    public void handle(long now) {
        longestGap = Math.max(longestGap, now - last);
        last = now;
        frames++;
    }

    /** Stops and describes the run: how long, how many frames, the longest gap. */
    public String stopAndDescribe() {
        stop();
        long end = System.nanoTime();
        longestGap = Math.max(longestGap, end - last);
        return String.format("%d ms, %d frames, longest frame gap %d ms", (end - started) / 1_000_000, frames,
                longestGap / 1_000_000);
    }
}
