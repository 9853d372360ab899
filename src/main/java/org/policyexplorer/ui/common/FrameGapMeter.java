package org.policyexplorer.ui.common;

import javafx.animation.AnimationTimer;

/**
 * For {@code --timings}: while running, notes every frame the window draws and the time between each two of
 * them ({@link FrameGaps} says what is reported).
 */
public final class FrameGapMeter extends AnimationTimer {
    private final FrameGaps gaps = new FrameGaps();
    private long started;
    private long last;
    private int frames;

    @Override
    public void start() {
        started = System.nanoTime();
        last = started;
        frames = 0;
        gaps.clear();
        super.start();
    }

    @Override
    public void handle(long now) {
        gaps.note(now - last);
        last = now;
        frames++;
    }

    /** Stops and describes the run: how long, how many frames, the longest gap, the stutters. */
    public String stopAndDescribe() {
        stop();
        long end = System.nanoTime();
        gaps.note(end - last); // the time since the last frame is a gap too
        return String.format("%d ms, %d frames, %s", (end - started) / 1_000_000, frames, gaps.describe());
    }
}
