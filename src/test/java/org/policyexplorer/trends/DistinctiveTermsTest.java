package org.policyexplorer.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Report;
import org.policyexplorer.search.SearchOrder;
import org.policyexplorer.search.SearchScope;

/** What sets a report apart: its own place names and programmes, never boilerplate, counts as search gives. */
class DistinctiveTermsTest {
    @TempDir
    Path dir;

    @Test
    void aProvinceIsSetApartByItsOwnNamesAndCountsAreSearchTotals() throws Exception {
        try (AppContext context = new AppContext(dir.resolve("d.db"), new Messages(Locale.ENGLISH))) {
            for (String name : List.of("report_yunnan_2026.txt", "report_jilin_2026.txt", "report_hainan_2026.txt",
                    "report_liaoning_2026.txt")) {
                context.library().importBytes(TestReports.bytes("/corpus/" + name), name);
            }
            Report yunnan = context.library().list().stream().filter(r -> "云南省".equals(r.place())).findFirst()
                    .orElseThrow();
            List<DistinctiveTerms.Term> terms = context.distinctive().of(Set.of(yunnan.id()), 30);
            assertThat(terms).isNotEmpty();
            // the province's own name leads: the others never say it (read from the texts)
            assertThat(terms.get(0).term()).isEqualTo("云南");
            assertThat(terms).extracting(DistinctiveTerms.Term::term).doesNotContain("加强", "推进", "坚持", "建设")
                    .anyMatch(t -> t.length() >= 5);
            for (DistinctiveTerms.Term t : terms) {
                int inReport = context.search().search(t.term(), SearchScope.report(yunnan.id()), 1, SearchOrder.RANK)
                        .total();
                int everywhere = context.search().search(t.term(), SearchScope.all(), 1, SearchOrder.RANK).total();
                assertThat(t.count()).as(t.term()).isEqualTo(inReport);
                assertThat(t.rest()).isEqualTo(everywhere - inReport);
                assertThat(t.g2()).isPositive();
            }
            assertThat(terms).extracting(DistinctiveTerms.Term::g2).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
    }

    @Test
    void aLibraryOfOneReportOrAnEmptySelectionGivesNoFailure() throws Exception {
        try (AppContext context = new AppContext(dir.resolve("one.db"), new Messages(Locale.ENGLISH))) {
            long id = context.library().latestOrSeed().id();
            assertThat(context.distinctive().of(Set.of(id), 10)).isNotEmpty().allSatisfy(t ->
                    assertThat(t.rest()).isZero());
            assertThat(context.distinctive().of(Set.of(), 10)).isEmpty();
        }
    }

    @Test
    void logLikelihoodIsDunningsG2() {
        // a=10 of 1,000 against b=10 of 100,000: by hand, 2·(10·ln(10/0.19802) + 10·ln(10/19.802)) = 64.78
        assertThat(DistinctiveTerms.g2(10, 10, 1000, 100_000)).isBetween(64.775, 64.776);
        assertThat(DistinctiveTerms.g2(5, 500, 1000, 100_000)).isLessThan(0.01);
    }
}
