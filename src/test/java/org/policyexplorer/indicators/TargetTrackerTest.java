package org.policyexplorer.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** Hailar's 2017 plan (in its 2017 report) against the 2017 review (in its 2018 report). */
class TargetTrackerTest {
    @TempDir
    Path dir;
    private Database db;
    private List<TargetTracker.Tracked> tracked;

    @BeforeEach
    void track() throws Exception {
        db = Database.open(dir.resolve("t.db"));
        ReportRepository reports = new ReportRepository(db);
        ReportImporter importer = new ReportImporter(reports);
        ReportDocument plan = reports.load(importer.importBytes(TestReports.bytes("/corpus/report_hailar_2017.txt"),
                "2017.txt").report().id()).orElseThrow();
        ReportDocument review = reports.load(importer.importBytes(TestReports.bytes("/corpus/report_hailar_2018.txt"),
                "2018.txt").report().id()).orElseThrow();
        assertThat(CompareService.planOf(plan).orElseThrow().year()).isEqualTo(2017);
        assertThat(CompareService.reviewOf(review).orElseThrow().year()).isEqualTo(2017);
        tracked = new TargetTracker().track(plan, CompareService.planOf(plan).orElseThrow(), review,
                CompareService.reviewOf(review).orElseThrow());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TargetTracker.Tracked find(String name, String figure) {
        return tracked.stream().filter(t -> t.name().equals(name) && t.target().figure().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " " + figure));
    }

    @Test
    void theStatusesAReaderWouldGive() {
        // 社会消费品零售总额: planned 增长10%, the next report says 增长6.9%
        TargetTracker.Tracked retail = find("社会消费品零售总额", "增长10%");
        assertThat(retail.status()).isEqualTo(TargetTracker.Status.NOT_MET);
        assertThat(retail.result().figure()).isEqualTo("增长6.9%");
        // urban income: 增长8% planned, 7.8% reported
        assertThat(find("城镇常住居民人均可支配收入", "增长8%").status()).isEqualTo(TargetTracker.Status.NOT_MET);
        // GDP: the 2018 report gives no figure for 2017 growth ("稳中有升")
        TargetTracker.Tracked gdp = find("地区生产总值", "增长7.5%");
        assertThat(gdp.status()).isEqualTo(TargetTracker.Status.NOT_REPORTED);
        assertThat(gdp.result()).isNull();
        // new jobs: 5700 planned, 6435 done
        assertThat(tracked).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("新增就业");
            assertThat(t.status()).isEqualTo(TargetTracker.Status.MET);
        });
        // the main targets come first
        assertThat(tracked.get(0).name()).isEqualTo("地区生产总值");
        // nothing is paired across different measures
        assertThat(tracked).filteredOn(t -> t.result() != null)
                .allSatisfy(t -> assertThat(Measures.kind(t.result())).isEqualTo(Measures.kind(t.target())));
    }

    @Test
    void qualifiersDecide() {
        Indicator about = figure(8, "%", "增长", "左右");
        assertThat(TargetTracker.judge(about, figure(7.6, "%", "增长", null))).isEqualTo(TargetTracker.Status.MET);
        assertThat(TargetTracker.judge(about, figure(7.4, "%", "增长", null))).isEqualTo(TargetTracker.Status.NOT_MET);
        Indicator ceiling = figure(3, "%", "控制在", "以内");
        assertThat(TargetTracker.judge(ceiling, figure(2.8, "%", null, null))).isEqualTo(TargetTracker.Status.MET);
        assertThat(TargetTracker.judge(ceiling, figure(3.2, "%", null, null))).isEqualTo(TargetTracker.Status.NOT_MET);
        Indicator atLeast = figure(130, "个", "新开工", "以上");
        assertThat(TargetTracker.judge(atLeast, figure(129, "个", "新开工", null))).isEqualTo(TargetTracker.Status.NOT_MET);
        assertThat(TargetTracker.judge(figure(1.2, "亿元", "完成", null), figure(12000, "万元", "完成", null)))
                .isEqualTo(TargetTracker.Status.MET);
    }

    private static Indicator figure(double value, String unit, String change, String qualifier) {
        return new Indicator(Indicator.Kind.TARGET, "x", value, unit, change, qualifier, "", 0, 0, 0);
    }
}
