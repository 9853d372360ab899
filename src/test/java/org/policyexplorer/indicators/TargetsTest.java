package org.policyexplorer.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.library.ReportFilter;

/**
 * 目标 on the real reports: every provincial 2026 report's 地区生产总值 target, the filter, the synonym table,
 * outcomes over consecutive years, and libraries that are small or say little of themselves.
 */
class TargetsTest {
    /**
     * The provincial 2026 reports of the corpus and the lower end of the 地区生产总值 growth target each states in
     * its 今年/2026 主要预期目标 paragraph (a range 5%—5.5% counts from 5), READ FROM THE TEXTS (line numbers of
     * the corpus files), not from the program: 安徽 l.41 "全省地区生产总值增长5%—5.5%", 重庆 l.35 "5%以上", 福建 l.66
     * "5%左右", 甘肃 l.41 "5.5%左右", 广东 l.62–63 "主要预期目标 / 是：地区生产总值增长4.5%—5%", 贵州 l.41 "5%左右",
     * 海南 l.110 "6%左右", 河北 l.32 "5%以上", 黑龙江 l.41 "4.5-5%", 湖南 l.44 "5%左右", 江西 l.36 "5%-5.5%",
     * 吉林 l.23 "5%左右", 辽宁 l.29 "4.5%左右", 宁夏 l.77 "5%左右", 山东 l.34 "5%以上", 山西 l.43 (主要目标)
     * "4.5%—5%", 西藏 l.40 "7%以上", 云南 l.65 "4.5%左右". All eighteen name one.
     */
    static final Map<String, Double> GDP_2026 = new LinkedHashMap<>();

    static {
        GDP_2026.put("anhui", 5.0);
        GDP_2026.put("chongqing", 5.0);
        GDP_2026.put("fujian", 5.0);
        GDP_2026.put("gansu", 5.5);
        GDP_2026.put("guangdong", 4.5);
        GDP_2026.put("guizhou", 5.0);
        GDP_2026.put("hainan", 6.0);
        GDP_2026.put("hebei", 5.0);
        GDP_2026.put("heilongjiang", 4.5);
        GDP_2026.put("hunan", 5.0);
        GDP_2026.put("jiangxi", 5.0);
        GDP_2026.put("jilin", 5.0);
        GDP_2026.put("liaoning", 4.5);
        GDP_2026.put("ningxia", 5.0);
        GDP_2026.put("shandong", 5.0);
        GDP_2026.put("shanxi", 4.5);
        GDP_2026.put("xizang", 7.0);
        GDP_2026.put("yunnan", 4.5);
    }

    /** The upper ends of the ranges among them, read from the same lines. */
    static final Map<String, String> RANGES = Map.of("anhui", "—5.5%", "guangdong", "—5%", "heilongjiang", "—5%",
            "jiangxi", "—5.5%", "shanxi", "—5%");

    @TempDir
    Path dir;
    private AppContext context;
    private final Map<Long, String> fileOf = new LinkedHashMap<>();

    @BeforeEach
    void open() {
        context = new AppContext(dir.resolve("t.db"), new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private long importCorpus(String name) throws Exception {
        long id = context.library().importBytes(TestReports.bytes("/corpus/" + name), name).report().id();
        fileOf.put(id, name);
        return id;
    }

    @Test
    void everyProvincial2026ReportHasItsGdpTargetAsTheTextStatesIt() throws Exception {
        for (String province : GDP_2026.keySet()) {
            importCorpus("report_" + province + "_2026.txt");
        }
        importCorpus("report_hailar_2018.txt"); // a district: the filter leaves it out
        importCorpus("report_guangdong_2022.txt"); // another year: left out too
        TargetsTable table = context.targets().table(ReportFilter.parse("level=province,year=2026"));

        assertThat(table.rows()).hasSize(GDP_2026.size());
        assertThat(table.indicators()).first().isEqualTo("地区生产总值");
        for (TargetsTable.Row row : table.rows()) {
            String province = fileOf.get(row.report().id()).replace("report_", "").replace("_2026.txt", "");
            Indicator gdp = row.target("地区生产总值");
            assertThat(gdp).as(province).isNotNull();
            assertThat(gdp.value()).as(province).isEqualTo(GDP_2026.get(province));
            assertThat(gdp.unit()).isEqualTo("%");
            assertThat(gdp.text()).as(province).contains("生产总值增长");
            if (RANGES.containsKey(province)) {
                assertThat(gdp.qualifier()).as(province).isEqualTo(RANGES.get(province));
            }
        }
        // rows by place: 云南省 before 黑龙江省 as their names sort
        assertThat(table.rows()).extracting(r -> r.report().place()).isSorted();
    }

    @Test
    void oneIndicatorIsNamedByAnyOfItsNames() throws Exception {
        importCorpus("report_anhui_2026.txt");
        importCorpus("report_hailar_2018.txt");
        TargetsTable gdp = context.targets().table(ReportFilter.all()).only("全省生产总值");
        assertThat(gdp.indicators()).containsExactly("地区生产总值");
        assertThat(gdp.rows()).hasSize(2).allSatisfy(r -> assertThat(r.targets()).containsOnlyKeys("地区生产总值"));
        // 海拉尔区 2018 l.22: "地区生产总值增长6%左右"
        assertThat(gdp.rows()).extracting(r -> r.target("地区生产总值").value()).containsExactlyInAnyOrder(5.0, 6.0);

        TargetsTable none = context.targets().table(ReportFilter.all()).only("不存在的指标");
        assertThat(none.indicators()).containsExactly("不存在的指标");
        assertThat(none.rows()).hasSize(2).allSatisfy(r -> assertThat(r.targets()).isEmpty());
    }

    @Test
    void lastYearsTargetsBesideWhatTheNextReportSaysOfThem() throws Exception {
        importCorpus("report_hailar_2017.txt");
        importCorpus("report_hailar_2018.txt");
        importCorpus("report_anhui_2026.txt"); // no other year of 安徽: no outcomes of its own
        List<TargetOutcome> outcomes = context.targets().outcomes(ReportFilter.all());
        assertThat(outcomes).isNotEmpty().allSatisfy(o -> {
            assertThat(o.plan().year()).isEqualTo(2017);
            assertThat(o.review().year()).isEqualTo(2018);
        });
        // read from the texts: the 2017 plan (l.18) promises 社会消费品零售总额增长10%; the 2018 review (l.14) says
        // 完成159.5亿元，同比增长6.9% — not met; of 地区生产总值 (增长7.5%) it gives no figure, "稳中有升": not reported
        assertThat(outcomes).filteredOn(o -> o.indicator().equals("社会消费品零售总额")
                && "%".equals(o.tracked().target().unit())).singleElement().satisfies(o -> {
                    assertThat(o.tracked().target().value()).isEqualTo(10.0);
                    assertThat(o.tracked().result().value()).isEqualTo(6.9);
                    assertThat(o.tracked().status()).isEqualTo(TargetTracker.Status.NOT_MET);
                });
        assertThat(outcomes).filteredOn(o -> o.indicator().equals("地区生产总值")
                && "%".equals(o.tracked().target().unit())).singleElement().satisfies(o -> {
                    assertThat(o.tracked().target().value()).isEqualTo(7.5);
                    assertThat(o.tracked().status()).isEqualTo(TargetTracker.Status.NOT_REPORTED);
                });
        assertThat(context.targets().outcomes(ReportFilter.parse("year=2017"))).as("the review filtered out").isEmpty();
    }

    @Test
    void aLibraryOfOneReportAndReportsWithoutPlaceOrYearAreListed() throws Exception {
        importCorpus("report_jilin_2026.txt");
        TargetsTable one = context.targets().table(ReportFilter.all());
        assertThat(one.rows()).hasSize(1);
        assertThat(one.rows().get(0).target("地区生产总值").value()).isEqualTo(GDP_2026.get("jilin"));
        assertThat(context.targets().outcomes(ReportFilter.all())).isEmpty();

        String noTitle = "政府工作报告\n\n一、过去一年工作回顾\n过去一年，地区生产总值增长5%。\n二、今年工作安排\n"
                + "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人。\n";
        context.library().importBytes(noTitle.getBytes(StandardCharsets.UTF_8), "untitled.txt");
        context.library().importBytes("没有目标的一段文字。\n".getBytes(StandardCharsets.UTF_8), "nothing.txt");
        TargetsTable all = context.targets().table(ReportFilter.all());
        assertThat(all.rows()).hasSize(3);
        TargetsTable.Row unknown = all.rows().get(1);
        assertThat(unknown.report().place()).isNull();
        assertThat(unknown.report().year()).isNull();
        assertThat(unknown.targets()).containsKeys("地区生产总值", "城镇新增就业");
        assertThat(unknown.target("地区生产总值").value()).isEqualTo(6.0);
        assertThat(all.rows().get(2).targets()).as("a report without targets keeps its row").isEmpty();
        assertThat(context.targets().table(ReportFilter.parse("place=unknown")).rows()).hasSize(2);
    }
}
