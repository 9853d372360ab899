package org.policyexplorer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameGapsTest {
    private static final long MS = 1_000_000;

    @Test
    void countsTheGapsThatMissedAFrameAndTheirPercentile() {
        FrameGaps gaps = new FrameGaps();
        for (int i = 0; i < 196; i++) {
            gaps.note(16 * MS + i % 2 * MS); // 16 and 17 ms: a steady 60 fps
        }
        gaps.note(33 * MS); // two frames exactly: none missed
        gaps.note(34 * MS);
        gaps.note(50 * MS);
        gaps.note(70 * MS + MS / 2);
        // 200 gaps: the 99th percentile is the 198th smallest, 34 ms
        assertThat(gaps.describe()).isEqualTo("longest frame gap 70 ms, 3 gaps over 33 ms, 99th percentile 34 ms");
    }

    @Test
    void aRunOfSteadyFramesHasNoStutterAndClearStartsAnew() {
        FrameGaps gaps = new FrameGaps();
        gaps.note(500 * MS);
        gaps.clear();
        for (int i = 0; i < 3000; i++) { // more than the first array holds
            gaps.note(17 * MS);
        }
        assertThat(gaps.describe()).isEqualTo("longest frame gap 17 ms, 0 gaps over 33 ms, 99th percentile 17 ms");
        assertThat(new FrameGaps().describe()).isEqualTo("no frame gap");
    }
}
