package org.policyexplorer.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** The rules of main targets, synonyms, target kinds and pairing, on made-up reports of a year 2031. */
class TargetRulesTest {
    @TempDir
    Path dir;
    private Database db;
    private ReportRepository reports;
    private final IndicatorService service = new IndicatorService();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        reports = new ReportRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReportDocument report(String review, String... plan) throws Exception {
        String text = "政府工作报告\n——2031年1月20日在某某省第十六届人民代表大会第一次会议上\n各位代表：\n一、2030年工作回顾\n" + review
                + "\n二、“十六五”时期主要目标任务\n“十六五”时期的主要目标是：地区生产总值年均增长6%左右，城镇新增就业年均50万人。\n"
                + "三、2031年工作安排\n" + String.join("\n", plan);
        long id = new ReportImporter(reports).importBytes(text.getBytes(StandardCharsets.UTF_8), "t.txt").report().id();
        return reports.load(id).orElseThrow();
    }

    private static List<String> names(List<Indicator> targets) {
        return targets.stream().map(Indicator::name).toList();
    }

    @Test
    void theBlockOfTheYearsPlanOverSeveralSentencesWithRangesAndRespectively() throws Exception {
        ReportDocument doc = report("全省生产总值增长5.2%。", "今年经济社会发展的主要预期目标是：地区生产总值增长5%—5.5%。"
                + "固定资产投资实现正增长。城乡居民人均可支配收入分别增长6%和7%左右；力争主要经济指标进入全国前列。"
                + "能耗强度完成国家下达任务。这些目标，考虑了需要和可能。");
        List<Indicator> main = service.of(doc).mainTargets();
        assertThat(names(main)).containsExactly("地区生产总值", "固定资产投资", "城镇居民人均可支配收入",
                "农村居民人均可支配收入", "主要经济指标", "能耗强度");
        assertThat(main.get(0).figure()).isEqualTo("增长5%—5.5%");
        assertThat(TargetKinds.of(main.get(0))).isEqualTo("range");
        assertThat(TargetKinds.of(main.get(1))).isEqualTo("qualitative");
        assertThat(TargetKinds.of(main.get(2))).isEqualTo("growth");
        // the five-year part's 主要目标 is not the year's block
        assertThat(main).noneMatch(t -> t.text().contains("年均"));
    }

    @Test
    void targetKindsOfLevelsSharesAndPrices() throws Exception {
        ReportDocument doc = report("城镇新增就业60万人。", "主要预期目标是：城镇新增就业65万人以上，城镇调查失业率5.5%左右，"
                + "居民消费价格涨幅2%左右，居民收入增长和经济增长同步。");
        List<Indicator> main = service.of(doc).mainTargets();
        assertThat(main).extracting(TargetKinds::of).containsExactly("level", "share", "growth", "qualitative");
    }

    @Test
    void synonymsMakeOneIndicatorOfTheNamesReportsUse() {
        assertThat(IndicatorSynonyms.canonical("全省生产总值")).isEqualTo("地区生产总值");
        assertThat(IndicatorSynonyms.canonical("国内生产总值")).isEqualTo("地区生产总值");
        assertThat(IndicatorSynonyms.canonical("新增城镇就业")).isEqualTo("城镇新增就业");
        assertThat(IndicatorSynonyms.canonical("外贸进出口")).isEqualTo("进出口");
        // different measures stay apart
        assertThat(IndicatorSynonyms.canonical("城镇登记失业率")).isNotEqualTo(IndicatorSynonyms.canonical("城镇调查失业率"));
        assertThat(IndicatorSynonyms.canonical("某种新指标")).isEqualTo("某种新指标");
    }

    @Test
    void mainTargetsArePairedThroughSynonymsAndQualitativeOnesWithGrowth() throws Exception {
        ReportDocument doc = report("全省生产总值达到6万亿元，增长5.2%。新增城镇就业58万人。城乡居民人均可支配收入增长6.1%。",
                "主要预期目标是：地区生产总值增长5%左右，城镇新增就业60万人以上，居民人均可支配收入增长与经济增长同步。");
        List<IndicatorPair> pairs = service.of(doc).pairs();
        assertThat(pairs).anySatisfy(p -> {
            assertThat(p.target().name()).isEqualTo("地区生产总值");
            assertThat(p.result().figure()).isEqualTo("增长5.2%"); // growth against growth, not the level
            assertThat(p.difference()).isEqualTo(-0.2);
        });
        assertThat(pairs).anySatisfy(p -> {
            assertThat(p.target().name()).isEqualTo("城镇新增就业");
            assertThat(p.result().value()).isEqualTo(58.0);
        });
        assertThat(pairs).anySatisfy(p -> {
            assertThat(p.target().value()).isNull();
            assertThat(p.result().figure()).isEqualTo("增长6.1%");
            assertThat(p.difference()).isNull();
        });
    }

    @Test
    void otherFiguresPairOnlyWithinOnePeriodKindOfCountHeadNounAndScale() throws Exception {
        ReportDocument doc = report("新建示范村200个。五年来，累计改造老旧小区8000个。新增物流企业3家。专精特新企业1500家。",
                "新建示范村180个。改造老旧小区600个。新增专精特新企业300家。新建改造电网线路900公里。");
        List<IndicatorPair> pairs = service.of(doc).pairs();
        assertThat(pairs).extracting(p -> p.target().name()).contains("新建示范村");
        assertThat(pairs).noneMatch(p -> p.target().name().contains("老旧小区")); // five years against one
        assertThat(pairs).noneMatch(p -> p.result().name().contains("物流企业")); // another head of count
        assertThat(pairs).noneMatch(p -> p.target().name().contains("专精特新")); // a stock against an addition
    }
}
