package org.policyexplorer.library;

import org.policyexplorer.library.PlanReviewPairs;
import org.policyexplorer.library.LibraryService;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportLevel;

/** The pairs the library proposes: one place, consecutive years, whatever the order or size of the library. */
class PlanReviewPairsTest {
    private static Report report(long id, String place, Integer year) {
        return new Report(id, place + year, place, year, "sha" + id, "f", "UTF-8", 1, Instant.EPOCH,
                ReportLevel.DISTRICT, false);
    }

    @Test
    void consecutiveYearsOfOnePlaceOnly() {
        List<PlanReviewPairs.Pair> pairs = PlanReviewPairs.of(List.of(report(3, "海拉尔区", 2018), report(1, "海拉尔区", 2017),
                report(2, "通州区", 2018), report(4, "海拉尔区", 2016), report(5, "海拉尔区", 2020), report(6, null, 2019),
                report(7, "通州区", null)));
        assertThat(pairs).extracting(p -> p.plan().id() + "→" + p.review().id()).containsExactly("4→1", "1→3");
    }

    @Test
    void aLargeLibraryIsOnePass() {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            reports.add(report(i, "县" + (i % 2_000), 2000 + i / 2_000));
        }
        // 2,000 places × 10 years: 9 pairs each
        assertThat(PlanReviewPairs.of(reports)).hasSize(18_000);
    }
}
