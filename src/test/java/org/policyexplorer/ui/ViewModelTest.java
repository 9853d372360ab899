package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.domain.Section;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.ui.annotations.AnnotationServices;
import org.policyexplorer.ui.annotations.AnnotationsViewModel;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.compare.CompareViewModel;
import org.policyexplorer.ui.indicators.IndicatorsViewModel;
import org.policyexplorer.ui.library.LibraryViewModel;
import org.policyexplorer.ui.search.HitPlace;
import org.policyexplorer.ui.search.SearchViewModel;

/**
 * The view-models without a window or toolkit: a real store, the real services, and work done at once on the
 * test's thread ({@link BackgroundWork#direct()}), so each state change can be checked as it happens.
 */
class ViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;
    private final BackgroundWork background = BackgroundWork.direct();
    private MainViewModel main;
    private final List<String> notices = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void open() {
        context = new AppContext(dir.resolve("vm.db"), new Messages(Locale.SIMPLIFIED_CHINESE));
        main = new MainViewModel(context.library(), context.annotations(), context.settings(), context.messages(),
                background);
        main.setMessageSinks(warnings::add, notices::add);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private AnnotationServices services() {
        return new AnnotationServices(context.annotations(), context.tags(), context.memos(),
                context.annotationImporter(), context.library());
    }

    private long importCorpus(String name) throws Exception {
        return context.library().importBytes(TestReports.bytes("/corpus/" + name), name).report().id();
    }

    private Section part(String title) {
        return main.documentProperty().get().parts().stream().filter(p -> title.equals(p.title())).findFirst()
                .orElseThrow();
    }

    @Test
    void openingAReportShowsItsPartsAndCorrectingOneReadsItAgain() {
        long seed = context.library().latestOrSeed().id();
        main.openReport(seed);
        ReportDocument doc = main.documentProperty().get();
        assertThat(doc.report().title()).isEqualTo("通州区2018年政府工作报告");
        assertThat(main.statusProperty().get()).contains("个部分");
        assertThat(main.partsProperty().get().values()).extracting(p -> p.role())
                .contains(PartRole.REVIEW, PartRole.PLAN, PartRole.GOVERNANCE);

        main.correctPart(part("2018年工作安排"), PartRole.OTHER, null);
        assertThat(main.documentProperty().get()).isNotSameAs(doc);
        assertThat(part("2018年工作安排").role()).isEqualTo(PartRole.OTHER);
        assertThat(main.partsProperty().get().get(part("2018年工作安排").id()).corrected()).isTrue();
        assertThat(notices).last().asString().contains("2018年工作安排").contains("其他");
        assertThat(warnings).isEmpty();
    }

    @Test
    void theLibraryListsReportsProposesPairsAndCorrectsALevel() throws Exception {
        long seed = context.library().latestOrSeed().id();
        importCorpus("report_hailar_2017.txt");
        importCorpus("report_hailar_2018.txt");
        main.openReport(seed);
        LibraryViewModel library = new LibraryViewModel(context.library(), context.indicators(), context.messages(), background,
                main);
        library.activate();
        assertThat(library.rows()).hasSize(3);
        assertThat(library.trackablePairs()).singleElement().satisfies(p -> {
            assertThat(p.plan().year()).isEqualTo(2017);
            assertThat(p.review().year()).isEqualTo(2018);
        });
        var tongzhou = library.rows().stream().filter(r -> r.report().id() == seed).findFirst().orElseThrow().report();
        library.correct(tongzhou, tongzhou.title(), tongzhou.place(), tongzhou.year(), ReportLevel.COUNTY);
        assertThat(library.rows()).filteredOn(r -> r.report().id() == seed).singleElement()
                .satisfies(r -> assertThat(r.report().level()).isEqualTo(ReportLevel.COUNTY));
    }

    @Test
    void compareOpensOnTheReviewBesideThePlanAndSaysWhatIsMissing() throws Exception {
        long seed = context.library().latestOrSeed().id();
        main.openReport(seed);
        CompareViewModel compare = new CompareViewModel(context.compare(), context.library(), context.messages(), background,
                main);
        compare.activate();
        assertThat(compare.reviewProperty().get().part().part().title()).isEqualTo("2017年工作回顾");
        assertThat(compare.planProperty().get().part().part().title()).isEqualTo("2018年工作安排");
        assertThat(compare.alignmentProperty().get()).isNotNull();
        assertThat(compare.leftUnits()).hasSize(12);
        assertThat(compare.problemProperty().get()).isEmpty();

        long prose = context.library().importBytes("一段没有标题的文字，讲的是天气。\n又一段文字。"
                .getBytes(StandardCharsets.UTF_8), "随笔.txt").report().id();
        main.openReport(prose);
        assertThat(compare.problemProperty().get()).contains("没有回顾部分");
    }

    @Test
    void searchFindsWhatTheTextHoldsStepsInReportOrderAndRemembersTheQuery() {
        long seed = context.library().latestOrSeed().id();
        main.openReport(seed);
        String text = main.documentProperty().get().text();
        SearchViewModel search = new SearchViewModel(context.search(), context.library(), context.settings(),
                context.messages(), background, main);
        search.queryProperty().set("河长制");
        assertThat(search.outcomeProperty().get().result().total()).isEqualTo(TestReports.occurrences(text, "河长制"))
                .isPositive();
        List<HitPlace> places = search.outcomeProperty().get().places();
        assertThat(places).extracting(p -> p.occurrence().start()).isSorted();
        assertThat(places.get(0).occurrence().start()).isEqualTo(text.indexOf("河长制"));

        search.next();
        assertThat(search.currentPlace()).isEqualTo(places.get(0));
        Section shown = main.selectedSectionProperty().get(); // null: the whole report is shown, hit included
        assertThat(shown == null || shown.start() <= places.get(0).occurrence().start()
                && places.get(0).occurrence().end() <= shown.end()).isTrue();
        search.previous();
        assertThat(search.currentPlace()).isEqualTo(places.get(places.size() - 1));
        assertThat(context.settings().get("search.recent")).hasValue("河长制");

        search.clear();
        assertThat(search.outcomeProperty().get().active()).isFalse();
        assertThat(warnings).isEmpty();
    }

    @Test
    void annotationsAreMadeFilteredDeletedRestoredAndExported() throws Exception {
        long seed = context.library().latestOrSeed().id();
        main.openReport(seed);
        String text = main.documentProperty().get().text();
        AnnotationsViewModel annotations = new AnnotationsViewModel(services(), context.messages(), background, main);
        int start = text.indexOf("河长制");
        annotations.create(start, start + 3, "全面推行", List.of("生态"), null);
        int other = text.indexOf("招商");
        annotations.create(other, other + 2, "", List.of("招商引资"), null);
        // listed in text order
        assertThat(annotations.all()).extracting(Annotation::exact)
                .containsExactlyElementsOf(start < other ? List.of("河长制", "招商") : List.of("招商", "河长制"));
        assertThat(annotations.tags()).contains("生态", "招商引资");

        annotations.tagFilterProperty().set("生态");
        assertThat(annotations.shown()).extracting(Annotation::exact).containsExactly("河长制");
        annotations.tagFilterProperty().set(null);
        annotations.textFilterProperty().set("全面");
        assertThat(annotations.shown()).extracting(Annotation::exact).containsExactly("河长制");
        annotations.textFilterProperty().set("");

        Annotation river = annotations.all().stream().filter(a -> a.exact().equals("河长制")).findFirst().orElseThrow();
        annotations.delete(river);
        assertThat(annotations.all()).extracting(Annotation::exact).doesNotContain("河长制");
        annotations.undoDelete();
        assertThat(annotations.all()).extracting(Annotation::exact).contains("河长制");

        annotations.renameTag("生态", "生态环境");
        assertThat(annotations.tags()).contains("生态环境").doesNotContain("生态");

        Path csv = dir.resolve("notes.csv");
        annotations.export(AnnotationExports.Format.CSV, csv);
        assertThat(java.nio.file.Files.readString(csv, StandardCharsets.UTF_8)).contains("河长制", "全面推行", "生态环境");
        assertThat(warnings).isEmpty();
    }

    @Test
    void indicatorsPairResultsWithTargetsAndCopyAsATable() throws Exception {
        long seed = context.library().latestOrSeed().id();
        main.openReport(seed);
        IndicatorsViewModel indicators = new IndicatorsViewModel(context.indicators(), context.messages(),
                background, main);
        indicators.activate();
        assertThat(indicators.pairs()).isNotEmpty();
        assertThat(indicators.mainTargets()).isNotEmpty();
        assertThat(indicators.problemProperty().get()).isEmpty();
        String text = main.documentProperty().get().text();
        // every figure the tab lists is said in the report, where it says it is
        assertThat(indicators.all()).allSatisfy(i -> assertThat(text.substring(i.start(), i.end()))
                .containsPattern("[0-9０-９一二三四五六七八九十百千万两]"));

        String table = indicators.asTabSeparated(List.copyOf(indicators.pairs()));
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(indicators.pairs().size() + 1);
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(5));

        indicators.filterProperty().set(indicators.pairs().get(0).name());
        assertThat(indicators.pairs()).isNotEmpty().allSatisfy(p -> assertThat(p.name() + p.result().name())
                .contains(indicators.filterProperty().get()));
    }

    @Test
    void tagsNestAndTheListAndChartRollUpMemosAreKeptAndTheMatrixOpensItsPassages() throws Exception {
        long seed = context.library().latestOrSeed().id();
        long hailar = importCorpus("report_hailar_2018.txt");
        main.openReport(seed);
        String text = main.documentProperty().get().text();
        AnnotationsViewModel annotations = new AnnotationsViewModel(services(), context.messages(), background, main);
        int river = text.indexOf("河长制");
        annotations.create(river, river + 3, "", List.of("河长制"), null);
        int investment = text.indexOf("招商");
        annotations.create(investment, investment + 2, "", List.of("生态"), null);
        annotations.moveTag("河长制", "生态");
        assertThat(annotations.codebookProperty().get().parentOf("河长制")).isEqualTo("生态");
        assertThat(annotations.tags()).containsExactly("生态", "河长制"); // parents first

        // the filter on a parent shows what its children carry too, unless told not to
        annotations.tagFilterProperty().set("生态");
        assertThat(annotations.shown()).extracting(Annotation::exact).containsExactlyInAnyOrder("河长制", "招商");
        annotations.withChildrenProperty().set(false);
        assertThat(annotations.shown()).extracting(Annotation::exact).containsExactly("招商");
        annotations.tagFilterProperty().set(null);

        // the chart: per tag, or rolled up to the top-level tag
        assertThat(annotations.tagsByChapter().keySet()).containsExactlyInAnyOrder("生态", "河长制");
        annotations.chartRollUpProperty().set(true);
        assertThat(annotations.tagsByChapter().keySet()).containsExactly("生态");
        assertThat(annotations.tagsByChapter().get("生态").values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2);

        annotations.moveTag("生态", "河长制");
        assertThat(warnings).last().asString().contains("不能把“生态”放到“河长制”之下");
        warnings.clear();

        annotations.saveReportMemo("整篇的备忘\n第二行");
        assertThat(annotations.reportMemoProperty().get()).isEqualTo("整篇的备忘\n第二行");
        assertThat(context.memos().reportMemo(seed)).isEqualTo("整篇的备忘\n第二行");
        annotations.saveTagMemo("生态", "标签的备忘");
        assertThat(annotations.codebookProperty().get().find("生态").orElseThrow().memo()).isEqualTo("标签的备忘");

        // the matrix: another report's passage too; a cell lists its passages, a click opens the report there
        String other = context.library().document(hailar).text();
        int sand = other.indexOf("采砂");
        context.annotations().create(context.library().document(hailar), sand, sand + 2, "", List.of("河长制"), null);
        var matrix = annotations.matrix();
        matrix.reload();
        assertThat(matrix.matrixProperty().get().reports()).extracting(c -> c.reportId()).containsExactly(seed, hailar);
        matrix.rollUpProperty().set(true);
        var ecology = matrix.matrixProperty().get().rows().stream().filter(r -> r.tag().equals("生态")).findFirst()
                .orElseThrow();
        assertThat(ecology.counts()).containsExactly(2, 1);
        matrix.select("生态", hailar);
        assertThat(matrix.passages()).singleElement().satisfies(p -> assertThat(p.annotation().exact()).isEqualTo("采砂"));
        matrix.open(matrix.passages().get(0));
        assertThat(main.documentProperty().get().report().id()).isEqualTo(hailar);
        assertThat(main.focusProperty().get()).containsExactly(sand, sand + 2);

        Path csv = dir.resolve("matrix.csv");
        matrix.exportCsv(csv);
        assertThat(java.nio.file.Files.readString(csv, StandardCharsets.UTF_8)).contains("生态 › 河长制");
        assertThat(warnings).isEmpty();
    }
}
