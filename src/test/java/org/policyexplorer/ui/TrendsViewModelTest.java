package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.search.SearchFolding;
import org.policyexplorer.trends.TermGrouping;
import org.policyexplorer.trends.TermTable;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.trends.ConcordanceViewModel;
import org.policyexplorer.ui.trends.TrendsViewModel;

/** 趋势's view-models on a direct executor: counting, regrouping, charts, saved lists, the concordance. */
class TrendsViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;
    private final BackgroundWork background = BackgroundWork.direct();
    private final List<String> searched = new ArrayList<>();
    private TrendsViewModel trends;

    @BeforeEach
    void open() throws Exception {
        context = new AppContext(dir.resolve("vm.db"), new Messages(Locale.SIMPLIFIED_CHINESE));
        for (String name : List.of("report_hailar_2017.txt", "report_hailar_2018.txt", "report_jilin_2026.txt")) {
            context.library().importBytes(TestReports.bytes("/corpus/" + name), name);
        }
        trends = new TrendsViewModel(context.terms(), context.settings(), context.messages(), background,
                (report, term, section) -> searched.add(report + ":" + term));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void countingFillsTheTableTheFirstsAndTheChart() {
        trends.termsTextProperty().set("招商引资\n营商环境，新质生产力");
        trends.count();
        assertThat(trends.terms()).containsExactly("招商引资", "营商环境", "新质生产力");
        assertThat(trends.rows()).hasSize(3);
        TermTable.Row jilin = trends.rows().stream().filter(r -> "吉林省".equals(r.place())).findFirst().orElseThrow();
        String text = context.library().document(jilin.report()).text();
        assertThat(jilin.count("新质生产力")).isEqualTo(TestReports.occurrences(SearchFolding.fold(text), "新质生产力"));
        assertThat(trends.firsts()).hasSize(3);
        // a line per term, a point per year (2017, 2018, 2026)
        assertThat(trends.lines()).hasSize(3).allSatisfy(l -> assertThat(l.perYear().keySet())
                .containsExactly(2017, 2018, 2026));

        trends.groupingProperty().set(TermGrouping.PLACE);
        assertThat(trends.rows()).extracting(TermTable.Row::place).containsExactlyInAnyOrder("海拉尔区", "吉林省");
        trends.chartKindProperty().set(TrendsViewModel.ChartKind.PLACES_IN_YEAR);
        trends.chartTermProperty().set("营商环境");
        trends.chartYearProperty().set(2026);
        assertThat(trends.bars()).extracting(TrendsViewModel.Bar::label).containsExactly("吉林省");

        trends.groupingProperty().set(TermGrouping.REPORT);
        trends.openSearch(jilin, "营商环境");
        assertThat(searched).containsExactly(jilin.report() + ":营商环境");
    }

    @Test
    void theFacetsNarrowAndAnEmptyListSaysSo() {
        trends.count();
        assertThat(trends.problemProperty().get()).isEqualTo(context.messages().get("trends.noTerms"));
        trends.termsTextProperty().set("招商引资");
        trends.count();
        assertThat(trends.problemProperty().get()).isEmpty();
        trends.filterProperty().set(ReportFilter.parse("year=2017-2018"));
        assertThat(trends.rows()).hasSize(2).allSatisfy(r -> assertThat(r.place()).isEqualTo("海拉尔区"));
    }

    @Test
    void aSavedListComesBackInTheNextWindowAndIsExportedAsCsv() throws Exception {
        trends.termsTextProperty().set("数字经济，营商环境");
        trends.saveList("营商");
        TrendsViewModel next = new TrendsViewModel(context.terms(), context.settings(), context.messages(),
                background, (r, t, section) -> { });
        assertThat(next.savedLists()).extracting(TrendsViewModel.SavedList::name).containsExactly("营商");
        next.useList(next.savedLists().get(0));
        assertThat(next.terms()).containsExactly("数字经济", "营商环境");
        Path csv = dir.resolve("terms.csv");
        List<String> failed = new ArrayList<>();
        next.exportTable(csv, () -> { }, failed::add);
        assertThat(failed).isEmpty();
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).startsWith("\uFEFF").contains("数字经济").contains("吉林省");
    }

    @Test
    void searchAcrossTheLibraryFollowsTheFacets() {
        MainViewModel main = new MainViewModel(context.library(), context.annotations(), context.settings(),
                context.messages(), background);
        main.openReport(context.library().list().get(0).id());
        org.policyexplorer.ui.search.SearchViewModel search = new org.policyexplorer.ui.search.SearchViewModel(
                context.search(), context.library(), context.settings(), context.messages(), background, main);
        search.allReportsProperty().set(true);
        search.queryProperty().set("招商引资");
        int all = context.library().list().stream().mapToInt(r -> TestReports.occurrences(
                SearchFolding.fold(context.library().document(r.id()).text()), "招商引资")).sum();
        assertThat(search.outcomeProperty().get().result().total()).isEqualTo(all);
        main.facets().filterProperty().set(ReportFilter.parse("year=2017"));
        int in2017 = context.library().list().stream().filter(r -> Integer.valueOf(2017).equals(r.year()))
                .mapToInt(r -> TestReports.occurrences(SearchFolding.fold(context.library().document(r.id()).text()),
                        "招商引资")).sum();
        assertThat(in2017).isPositive().isLessThan(all);
        assertThat(search.outcomeProperty().get().result().total()).isEqualTo(in2017);
    }

    @Test
    void theConcordanceListsEveryOccurrenceInContext() {
        ConcordanceViewModel kwic = new ConcordanceViewModel(context.search(), context.library(), context.messages(),
                background, (r, t, section) -> searched.add(r + ":" + t + ":" + section));
        kwic.termProperty().set("营商环境");
        int expected = context.library().list().stream().mapToInt(r -> TestReports.occurrences(
                SearchFolding.fold(context.library().document(r.id()).text()), "营商环境")).sum();
        assertThat(kwic.lines()).hasSize(expected).allSatisfy(l -> {
            assertThat(l.line().match()).isEqualTo("营商环境");
            assertThat(l.line().left().length()).isLessThanOrEqualTo(24);
        });
        kwic.open(kwic.lines().get(0));
        assertThat(searched).containsExactly(kwic.lines().get(0).report().id() + ":营商环境:"
                + kwic.lines().get(0).line().sectionId());
    }
}
