package org.policyexplorer.ui.common;

import java.util.Arrays;

/**
 * The times between the frames of a run: the longest (how long the window froze at worst), how many were over
 * 33 ms (two frames at 60 Hz: at least one frame missed, which the eye sees as a stutter) and the 99th
 * percentile (whether stutters are the rule or the exception). A steady 60 fps is 17 ms.
 */
final class FrameGaps {
    /** A gap longer than this missed at least one frame at 60 Hz. */
    static final long STUTTER_NANOS = 33_000_000;
    private long[] gaps = new long[1024];
    private int count;

    void clear() {
        count = 0;
    }

    void note(long gapNanos) {
        if (count == gaps.length) {
            gaps = Arrays.copyOf(gaps, count * 2);
        }
        gaps[count++] = gapNanos;
    }

    /** "longest frame gap 70 ms, 2 gaps over 33 ms, 99th percentile 70 ms" (whole milliseconds, rounded down). */
    String describe() {
        if (count == 0) {
            return "no frame gap";
        }
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        long stutters = Arrays.stream(sorted).filter(g -> g > STUTTER_NANOS).count();
        long p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
        return String.format("longest frame gap %d ms, %d gaps over 33 ms, 99th percentile %d ms",
                sorted[sorted.length - 1] / 1_000_000, stutters, p99 / 1_000_000);
    }
}
