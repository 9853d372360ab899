package org.policyexplorer.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.library.SampleProgress;
import org.policyexplorer.search.SearchFolding;
import org.policyexplorer.search.SearchOrder;
import org.policyexplorer.search.SearchScope;

/**
 * The 趋势 table over the bundled sample library (the 43 real reports): every cell equals the total the search
 * for that term in that report gives, rates are computed here from the texts, groups sum their reports, and
 * nothing is dropped for lacking a year or a place.
 */
class TermCountsTest {
    private static final List<String> TERMS = List.of("数字经济", "新质生产力", "营商环境", "碳达峰", "河长制");
    @TempDir
    static Path dir;
    private static AppContext context;

    @BeforeAll
    static void importSamples() throws Exception {
        context = new AppContext(dir.resolve("t.db"), new Messages(Locale.ENGLISH));
        context.library().importSamples(SampleProgress.QUIET);
        // a report the importer cannot place or date: it must be kept, as 未知
        context.library().importBytes("前言\n我们坚持数字经济与营商环境并重。\n一、工作回顾\n数字经济增长。\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "no-place.txt");
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void eachCellIsTheSearchTotalForThatTermInThatReport() {
        TermTable table = context.terms().count(TERMS, ReportFilter.all(), TermGrouping.REPORT);
        List<Report> reports = context.library().list();
        assertThat(table.rows()).hasSize(reports.size()).hasSizeGreaterThan(40);
        for (String term : TERMS) {
            long sumOfSearches = 0;
            for (TermTable.Row row : table.rows()) {
                int total = context.search().search(term, SearchScope.report(row.report()), 1, SearchOrder.RANK).total();
                assertThat(row.count(term)).as("%s in %s", term, row.title()).isEqualTo(total);
                sumOfSearches += total;
            }
            long library = context.search().search(term, SearchScope.all(), 1, SearchOrder.RANK).total();
            assertThat(table.rows().stream().mapToLong(r -> r.count(term)).sum()).isEqualTo(sumOfSearches)
                    .isEqualTo(library);
        }
        assertThat(table.rows().stream().mapToLong(r -> r.count("新质生产力")).sum()).as("a term of the 2020s")
                .isPositive();
    }

    @Test
    void ratesPerTenThousandCharactersAreComputedFromTheTexts() {
        TermTable table = context.terms().count(TERMS, ReportFilter.all(), TermGrouping.REPORT);
        for (TermTable.Row row : table.rows()) {
            String text = context.library().document(row.report()).text();
            int chars = text.codePointCount(0, text.length());
            assertThat(row.chars()).isEqualTo(chars);
            for (String term : TERMS) {
                int occurrences = TestReports.occurrences(SearchFolding.fold(text), term);
                assertThat(row.count(term)).isEqualTo(occurrences);
                assertThat(row.per10k(term)).isCloseTo(occurrences * 10_000.0 / chars, within(1e-9));
            }
        }
    }

    @Test
    void groupsSumTheirReportsAndTheUnknownIsAGroupOfItsOwn() {
        TermTable byReport = context.terms().count(TERMS, ReportFilter.all(), TermGrouping.REPORT);
        for (TermGrouping by : List.of(TermGrouping.YEAR, TermGrouping.PLACE, TermGrouping.LEVEL)) {
            TermTable grouped = context.terms().count(TERMS, ReportFilter.all(), by);
            assertThat(grouped.rows()).allSatisfy(r -> assertThat(r.report()).isNull());
            assertThat(grouped.rows().stream().mapToLong(TermTable.Row::chars).sum())
                    .isEqualTo(byReport.rows().stream().mapToLong(TermTable.Row::chars).sum());
            for (String term : TERMS) {
                assertThat(grouped.rows().stream().mapToLong(r -> r.count(term)).sum())
                        .isEqualTo(byReport.rows().stream().mapToLong(r -> r.count(term)).sum());
            }
        }
        TermTable byYear = context.terms().count(TERMS, ReportFilter.all(), TermGrouping.YEAR);
        TermTable.Row last = byYear.rows().get(byYear.rows().size() - 1);
        assertThat(last.year()).as("the reports without a year, last").isNull();
        assertThat(last.count("数字经济")).isEqualTo(2);
        List<Integer> years = byYear.rows().stream().map(TermTable.Row::year).filter(y -> y != null).toList();
        assertThat(years).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theFirstAppearanceIsTheEarliestReportHoldingTheTerm() {
        TermTable table = context.terms().count(TERMS, ReportFilter.all(), TermGrouping.REPORT);
        for (String term : TERMS) {
            Integer earliest = context.library().list().stream()
                    .filter(r -> r.year() != null)
                    .filter(r -> TestReports.occurrences(SearchFolding.fold(context.library().document(r.id()).text()),
                            term) > 0)
                    .map(Report::year).min(Integer::compare).orElse(null);
            TermTable.First first = table.first().get(term);
            assertThat(first == null ? null : first.year()).as(term).isEqualTo(earliest);
        }
    }

    @Test
    void theFacetsNarrowTheTable() {
        TermTable provinces = context.terms().count(TERMS, ReportFilter.parse("level=province"), TermGrouping.REPORT);
        assertThat(provinces.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.level()).isEqualTo(ReportLevel.PROVINCE));
        long expected = context.library().list().stream().filter(r -> r.level() == ReportLevel.PROVINCE).count();
        assertThat(provinces.rows()).hasSize((int) expected);
    }

    @Test
    void oddTermsGiveZerosNeverAFailure() {
        assertThat(TermCounts.parseTerms(" ,，\n ")).isEmpty();
        assertThat(TermCounts.parseTerms("数字经济，营商环境\n数字经济、碳达峰")).containsExactly("数字经济", "营商环境", "碳达峰");
        String long500 = "数".repeat(500);
        TermTable table = context.terms().count(List.of(long500, "量子纠缠星际航行"), ReportFilter.all(),
                TermGrouping.REPORT);
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.counts().values()).containsOnly(0L));
        assertThat(table.first().get(long500)).isNull();
        // a term is counted as written: a space or a leading "-" is part of it, never an operator
        TermTable literal = context.terms().count(List.of("数字 经济", "-营商环境", "营商环境 OR 数字经济"),
                ReportFilter.all(), TermGrouping.REPORT);
        for (TermTable.Row row : literal.rows()) {
            String text = SearchFolding.fold(context.library().document(row.report()).text());
            for (String term : literal.terms()) {
                assertThat(row.count(term)).as(term).isEqualTo(TestReports.occurrences(text, term));
            }
        }
        TermTable none = context.terms().count(TERMS, ReportFilter.parse("year=1700"), TermGrouping.YEAR);
        assertThat(none.rows()).isEmpty();
    }
}
