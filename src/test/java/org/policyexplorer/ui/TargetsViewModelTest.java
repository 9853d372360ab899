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
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.targets.TargetsViewModel;

/** 目标's view-model on a direct executor: nothing before the tab is shown, the filter, the bars, the exports. */
class TargetsViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;
    private TargetsViewModel model;
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        context = new AppContext(dir.resolve("vm.db"), new Messages(Locale.SIMPLIFIED_CHINESE));
        for (String name : List.of("report_hailar_2017.txt", "report_hailar_2018.txt", "report_jilin_2026.txt",
                "report_hainan_2026.txt")) {
            context.library().importBytes(TestReports.bytes("/corpus/" + name), name);
        }
        BackgroundWork direct = BackgroundWork.direct();
        MainViewModel main = new MainViewModel(context.library(), context.annotations(), context.settings(),
                context.messages(), direct);
        model = new TargetsViewModel(context.targets(), context.messages(), direct, main);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void readsTheLibraryWhenShownAndAgainWhenTheFilterChanges() {
        assertThat(model.rows()).as("nothing before the tab is shown").isEmpty();
        model.activate();
        assertThat(model.rows()).hasSize(4);
        assertThat(model.chartIndicatorProperty().get()).isEqualTo("地区生产总值");
        // read from the texts: 吉林 l.23 and 海南 l.110 (2026), 海拉尔区 2017 l.18 (7.5%) and 2018 l.22 (6%左右)
        assertThat(model.bars()).extracting(TargetsViewModel.Bar::label, TargetsViewModel.Bar::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("吉林省", 5.0),
                        org.assertj.core.groups.Tuple.tuple("海南省", 6.0),
                        org.assertj.core.groups.Tuple.tuple("海拉尔区 2017", 7.5),
                        org.assertj.core.groups.Tuple.tuple("海拉尔区 2018", 6.0));
        assertThat(model.outcomes()).isNotEmpty().allSatisfy(o -> assertThat(o.plan().place()).isEqualTo("海拉尔区"));

        model.filterProperty().set(ReportFilter.parse("level=province"));
        assertThat(model.rows()).extracting(r -> r.report().place()).containsExactlyInAnyOrder("吉林省", "海南省");
        assertThat(model.outcomes()).as("no province has two years here").isEmpty();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void exportsTheTableAndTheOutcomesAsExcelSafeCsv() throws Exception {
        model.activate();
        Path table = dir.resolve("targets.csv");
        model.exportTable(table, () -> { }, failures::add);
        String csv = Files.readString(table, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF地区,年份,级别,地区生产总值,地区生产总值（数值）");
        assertThat(csv.lines()).hasSize(5).anySatisfy(l -> assertThat(l).startsWith("吉林省,2026,省级,增长5%左右,5.0"));
        Path outcomes = dir.resolve("met.csv");
        model.exportOutcomes(outcomes, () -> { }, failures::add);
        assertThat(Files.readString(outcomes, StandardCharsets.UTF_8)).startsWith("\uFEFF地区,计划年份,指标,目标,结果,状态")
                .contains("海拉尔区,2017,社会消费品零售总额,增长10%,增长6.9%,未完成");
        model.exportTable(dir.resolve("no-such-folder").resolve("x.csv"), () -> { }, failures::add);
        assertThat(failures).singleElement().asString().startsWith("无法写入“x.csv”");
    }
}
