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
