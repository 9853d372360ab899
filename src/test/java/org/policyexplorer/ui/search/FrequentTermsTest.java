package org.policyexplorer.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;

class FrequentTermsTest {
    @Test
    void aRunIsDroppedWhenALongerOneHoldingItIsAsFrequent() {
        String text = "培育高新技术企业。".repeat(3) + "招商，招商，招商，招商引资。";
        List<String> terms = FrequentTerms.of(text);
        // runs are counted up to four characters: a shorter one inside an as frequent four-character run goes
        assertThat(terms).contains("高新技术", "招商").doesNotContain("高新技", "技术企", "高新");
        assertThat(terms.indexOf("招商")).as("four times, before the three-time words").isZero();
    }

    @Test
    void aLongTextIsCountedInEvenlySpacedStretchesFromItsStartToItsEnd() {
        assertThat(FrequentTerms.stretches(32_000)).hasSize(1).first().satisfies(s -> assertThat(s).containsExactly(0, 32_000));
        int length = 6_829_310; // the 20 MB report of the benchmarks
        var stretches = FrequentTerms.stretches(length);
        assertThat(stretches).hasSize(FrequentTerms.SAMPLES);
        assertThat(stretches.get(0)[0]).isZero();
        assertThat(stretches.get(stretches.size() - 1)[1]).isEqualTo(length);
        int counted = 0;
        for (int i = 0; i < stretches.size(); i++) {
            int[] s = stretches.get(i);
            counted += s[1] - s[0];
            if (i > 0) {
                assertThat(s[0]).as("after the one before, not overlapping").isGreaterThanOrEqualTo(stretches.get(i - 1)[1]);
            }
        }
        assertThat(counted).isEqualTo(FrequentTerms.SAMPLE_CHARS);
    }

    /** A text past the sample size is counted in stretches; what it uses most still comes first. */
    @Test
    void aVeryLongTextIsSampledAndKeepsItsFrequentWords() {
        String seed = TestReports.seed();
        String huge = seed.repeat(FrequentTerms.SAMPLE_CHARS / seed.length() * 3);
        assertThat(huge.length()).isGreaterThan(FrequentTerms.SAMPLE_CHARS);
        List<String> whole = FrequentTerms.of(seed);
        List<String> sampled = FrequentTerms.of(huge);
        assertThat(sampled.subList(0, 50)).containsAll(whole.subList(0, 10));
    }
}
