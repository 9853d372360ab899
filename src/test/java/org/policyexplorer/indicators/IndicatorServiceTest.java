package org.policyexplorer.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** The figures of real reports, as a planning official would tabulate them. */
class IndicatorServiceTest {
    @TempDir
    Path dir;
    private Database db;
    private ReportRepository reports;
    private final IndicatorService service = new IndicatorService();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("i.db"));
        reports = new ReportRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReportDocument load(String resource) throws Exception {
        long id = new ReportImporter(reports).importBytes(TestReports.bytes(resource), resource).report().id();
        return reports.load(id).orElseThrow();
    }

    private ReportDocument loadText(String text) throws Exception {
        long id = new ReportImporter(reports).importBytes(text.getBytes(StandardCharsets.UTF_8), "t.txt").report().id();
        return reports.load(id).orElseThrow();
    }

    @Test
    void everyMainTargetOfTheSeedWithOrWithoutANumber() throws Exception {
        List<Indicator> main = service.of(load(TestReports.SEED)).mainTargets();
        assertThat(main).extracting(Indicator::name).containsExactly("地区生产总值", "一般公共预算收入",
                "全社会研发投入占GDP比重", "固定资产投资", "社会消费品零售总额", "外贸进出口", "城镇登记失业率",
                "城乡居民人均可支配收入", "节能减排");
        assertThat(main).extracting(Indicator::figure).containsExactly("增长8%左右", "增长5%左右", "2.7%左右",
                "增长8%以上", "增长10%左右", "外贸进出口实现平稳增长", "3%以内", "城乡居民人均可支配收入增长快于经济增长",
                "节能减排完成市下达目标任务");
        Indicator unemployment = main.get(6);
        assertThat(unemployment.value()).isEqualTo(3.0);
        assertThat(unemployment.unit()).isEqualTo("%");
        assertThat(unemployment.qualifier()).isEqualTo("以内");
        assertThat(unemployment.change()).isEqualTo("控制在");
        assertThat(main.get(5).value()).isNull();
    }

    @Test
    void resultsAreSetBesideTargetsOfTheSameIndicator() throws Exception {
        ReportDocument doc = load(TestReports.SEED);
        List<IndicatorPair> pairs = service.of(doc).pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(10);
        assertPair(pairs, "固定资产投资", "增长10%", "增长8%以上");
        assertPair(pairs, "全社会研发投入占GDP比重", "2.6%", "2.7%左右");
        assertPair(pairs, "新开工亿元以上项目", "129个", "130个");
        assertPair(pairs, "实施产学研项目", "52个", "60个");
        assertPair(pairs, "注册外资实际到账", "3亿美元", "3亿美元");
        assertPair(pairs, "新增公共停车位", "376个", "400个");
        assertPair(pairs, "服务业增加值占比", "提高1.5个百分点", "提高1个百分点");
        assertPair(pairs, "新建高标准农田", "近8万亩", "3.4万亩以上");
        // a change is shown only where the two measure alike; other pairs join one indicator's two measures
        for (IndicatorPair pair : pairs) {
            if (!Measures.kind(pair.result()).equals(Measures.kind(pair.target()))) {
                assertThat(pair.difference()).as(pair.name()).isNull();
                assertThat(IndicatorPairing.sameIndicator(pair.result().name(), pair.target().name())).isTrue();
            }
            assertThat(pair.result().kind()).isEqualTo(Indicator.Kind.RESULT);
            assertThat(pair.target().kind()).isEqualTo(Indicator.Kind.TARGET);
        }
        assertThat(pairs).noneMatch(p -> p.result().name().contains("社会消费品") != p.target().name().contains("社会消费品"));
        assertThat(pairs).noneMatch(p -> p.result().name().contains("固定资产投资") != p.target().name().contains("固定资产投资"));
        IndicatorPair rd = pairs.stream().filter(p -> p.name().equals("全社会研发投入占GDP比重")).findFirst().orElseThrow();
        assertThat(rd.difference()).isEqualTo(0.1);
        assertThat(doc.text().substring(rd.result().start(), rd.result().end())).isEqualTo("全社会研发投入占GDP比重2.6%");
    }

    @Test
    void figuresCarryNameValueUnitChangeAndQualifier() throws Exception {
        List<Indicator> all = service.of(load(TestReports.SEED)).indicators();
        Indicator investment = find(all, "固定资产投资", 710.0);
        assertThat(investment.unit()).isEqualTo("亿元");
        assertThat(investment.change()).isEqualTo("完成");
        assertThat(investment.kind()).isEqualTo(Indicator.Kind.RESULT);
        assertThat(find(all, "新增绿化", 1.15).unit()).isEqualTo("万亩");
        assertThat(find(all, "新建高标准农田", 8.0).qualifier()).isEqualTo("近");
        assertThat(find(all, "开展系列专题活动", 100.0).qualifier()).isEqualTo("余");
        assertThat(find(all, "民生实事", 10.0).unit()).isEqualTo("件");
        assertThat(find(all, "民生实事", 32.0).unit()).isEqualTo("项");
        assertThat(find(all, "建成上海蔬菜外延基地", 2.0).unit()).isEqualTo("个");
        assertThat(find(all, "新增城镇就业", 8000.0).kind()).isEqualTo(Indicator.Kind.TARGET);
    }

    @Test
    void numbersThatAreNotIndicatorsAreLeftAlone() throws Exception {
        List<Indicator> all = service.of(load(TestReports.SEED)).indicators();
        assertThat(all).noneMatch(i -> i.value() != null && (i.value() == 5215 || i.value() == 345
                || i.value() == 2017 || i.value() == 2018 || i.value() == 48 || i.value() == 3550 || i.value() == 2035));
        assertThat(all).noneMatch(i -> i.text().contains("月") && i.text().contains("日"));
        List<Indicator> odd = service.of(loadText("2017年工作回顾\n项目建设量质并举。1月16日召开第十六届大会，"
                + "实施“5215”工业大企业培育计划，建设345国道和1号线，全年新增就业3000人。\n"
                + "2018年工作安排\n抓好项目建设。抓好以下七个方面工作，新增就业3500人。")).indicators();
        assertThat(odd).extracting(Indicator::name).containsExactly("新增就业", "新增就业");
        assertThat(odd).extracting(Indicator::value).containsExactly(3000.0, 3500.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report_hailar_2017.txt", "report_hailar_2018.txt", "report_guangdong_2022.txt",
        "report_liaoning_2026.txt", "report_hainan_2026.txt", "report_jilin_2026.txt"})
    void everyCorpusReportHasItsMainTargetsWithGdpFirst(String name) throws Exception {
        List<Indicator> main = service.of(load("/corpus/" + name)).mainTargets();
        assertThat(main).hasSizeGreaterThanOrEqualTo(4);
        assertThat(main.get(0).name()).isEqualTo("地区生产总值");
        assertThat(main.get(0).change()).isEqualTo("增长");
        assertThat(main.get(0).unit()).isEqualTo("%");
        assertThat(main).allSatisfy(t -> assertThat(t.kind()).isEqualTo(Indicator.Kind.TARGET));
    }

    @Test
    void corpusMainTargetsAsWritten() throws Exception {
        List<Indicator> guangdong = service.of(load("/corpus/report_guangdong_2022.txt")).mainTargets();
        assertThat(guangdong).extracting(Indicator::name).contains("城镇新增就业", "城镇调查失业率", "粮食产量",
                "居民人均可支配收入");
        assertThat(find(guangdong, "城镇新增就业", 110.0).unit()).isEqualTo("万人");
        List<Indicator> hailar = service.of(load("/corpus/report_hailar_2017.txt")).mainTargets();
        // "地区生产总值增长7.5%,达到326.4亿元": the second figure is the same indicator's level
        assertThat(find(hailar, "地区生产总值", 326.4).unit()).isEqualTo("亿元");
        List<Indicator> jilin = service.of(load("/corpus/report_jilin_2026.txt")).mainTargets();
        assertThat(jilin).extracting(Indicator::name).contains("高技术制造业增加值、战略性新兴产业产值稳步提升")
                .doesNotContain("加快构建优势");
    }

    private static void assertPair(List<IndicatorPair> pairs, String name, String result, String target) {
        assertThat(pairs).as(name).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo(name);
            assertThat(p.result().figure()).isEqualTo(result);
            assertThat(p.target().figure()).isEqualTo(target);
        });
    }

    private static Indicator find(List<Indicator> all, String name, double value) {
        return all.stream().filter(i -> i.name().equals(name) && i.value() != null && i.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " " + value + " in "
                        + all.stream().map(i -> i.name() + " " + i.figure()).toList()));
    }
}
