package org.policyexplorer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.LinkRepository;
import org.policyexplorer.store.ReportRepository;

/**
 * The alignment on real reports. For the seed, the pairs a policy analyst would accept at rank 1 are
 * written down here (several where the text supports several: 空间格局不断优化 speaks mostly of roads and
 * rail, so 加快交通转型升级 is as right as 坚持规划引领管控).
 */
class AlignerTest {
    private static final Map<String, Set<String>> REVIEW_TO_PLAN = Map.ofEntries(
            Map.entry("项目建设量质并举", Set.of("聚力推进项目建设", "着力优化招商机制", "全力提升招引质效")),
            Map.entry("产业发展提质增效", Set.of("做强做大先进制造业", "培育经济增长新引擎", "促进农业发展提效")),
            Map.entry("创新能力稳步提升", Set.of("提升科技创新竞争力")),
            Map.entry("重点改革有序实施", Set.of("深化重点领域改革")),
            Map.entry("对接上海全面拓展", Set.of("深入对接服务上海")),
            Map.entry("开发开放继续深化", Set.of("深度拓展开放空间")),
            Map.entry("空间格局不断优化", Set.of("坚持规划引领管控", "加快交通转型升级")),
            Map.entry("城市品质日益提升", Set.of("推动城市精建细管", "加快交通转型升级")),
            Map.entry("生态治理成效明显", Set.of("夯实绿色发展基础", "狠抓环境综合整治", "健全生态治理体系")),
            Map.entry("富民进程加快推进", Set.of("提高保障水平惠民", "促进农民增收提速")),
            Map.entry("公共服务均衡发展", Set.of("优化公共服务利民")),
            Map.entry("社会大局和谐稳定", Set.of("加强社会治理安民")));
    private static final Map<String, Set<String>> PLAN_TO_REVIEW = Map.ofEntries(
            Map.entry("着力优化招商机制", Set.of("项目建设量质并举")),
            Map.entry("全力提升招引质效", Set.of("项目建设量质并举", "对接上海全面拓展")),
            Map.entry("聚力推进项目建设", Set.of("项目建设量质并举")),
            Map.entry("提升科技创新竞争力", Set.of("创新能力稳步提升")),
            Map.entry("做强做大先进制造业", Set.of("产业发展提质增效")),
            Map.entry("培育经济增长新引擎", Set.of("产业发展提质增效", "创新能力稳步提升")),
            Map.entry("深化重点领域改革", Set.of("重点改革有序实施")),
            Map.entry("深入对接服务上海", Set.of("对接上海全面拓展")),
            Map.entry("深度拓展开放空间", Set.of("开发开放继续深化")),
            Map.entry("坚持规划引领管控", Set.of("空间格局不断优化")),
            Map.entry("加快交通转型升级", Set.of("空间格局不断优化", "城市品质日益提升")),
            Map.entry("推动城市精建细管", Set.of("城市品质日益提升")),
            Map.entry("促进农业发展提效", Set.of("产业发展提质增效")),
            Map.entry("促进农民增收提速", Set.of("富民进程加快推进")),
            Map.entry("促进镇村建设提质", Set.of("空间格局不断优化", "城市品质日益提升", "生态治理成效明显")),
            Map.entry("夯实绿色发展基础", Set.of("生态治理成效明显")),
            Map.entry("狠抓环境综合整治", Set.of("生态治理成效明显")),
            Map.entry("健全生态治理体系", Set.of("生态治理成效明显")),
            Map.entry("提高保障水平惠民", Set.of("富民进程加快推进")),
            Map.entry("优化公共服务利民", Set.of("公共服务均衡发展")),
            Map.entry("加强社会治理安民", Set.of("社会大局和谐稳定")));

    @TempDir
    Path dir;
    private Database db;
    private ReportRepository reports;
    private CompareService compare;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("c.db"));
        reports = new ReportRepository(db);
        compare = new CompareService(new LinkRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReportDocument load(String resource) throws Exception {
        long id = new ReportImporter(reports).importBytes(TestReports.bytes(resource), resource).report().id();
        return reports.load(id).orElseThrow();
    }

    private Alignment alignWithin(ReportDocument doc) {
        return compare.align(new PartText(doc, CompareService.reviewOf(doc).orElseThrow()),
                new PartText(doc, CompareService.planOf(doc).orElseThrow()));
    }

    private static String top(List<Match> matches) {
        return matches.isEmpty() ? null : matches.get(0).unit().title();
    }

    @Test
    void onTheSeedTheTopMatchesAreThePairsAnAnalystWouldMake() throws Exception {
        Alignment a = alignWithin(load(TestReports.SEED));
        assertThat(a.reviewUnits()).hasSize(12);
        long reviewRight = a.reviewUnits().stream()
                .filter(u -> REVIEW_TO_PLAN.get(u.title()).contains(top(a.matchesOfReview(u)))).count();
        long planRight = a.planUnits().stream().filter(u -> PLAN_TO_REVIEW.containsKey(u.title()))
                .filter(u -> PLAN_TO_REVIEW.get(u.title()).contains(top(a.matchesOfPlan(u)))).count();
        assertThat(reviewRight).as("review topics right at rank 1").isGreaterThanOrEqualTo(11);
        assertThat(planRight).as("plan topics right at rank 1").isGreaterThanOrEqualTo(18);
        CompareUnit shanghai = unit(a.reviewUnits(), "对接上海全面拓展");
        assertThat(top(a.matchesOfReview(shanghai))).isEqualTo("深入对接服务上海");
        assertThat(a.matchesOfReview(shanghai)).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
    }

    @Test
    void theChapterOverviewPairsTheChaptersThatBelongTogether() throws Exception {
        Alignment a = alignWithin(load(TestReports.SEED));
        assertThat(a.chapters()).hasSize(4 * 7);
        ChapterLink best = a.chapters().stream().filter(c -> c.review().title().startsWith("坚持促统筹优生态"))
                .max((x, y) -> Double.compare(x.score(), y.score())).orElseThrow();
        assertThat(best.plan().title()).isIn("更加注重绿色发展,不断改善生态环境质量", "更加注重功能品质,不断丰富城市建设内涵");
        Alignment.Pair pair = a.bestPairIn(best);
        assertThat(pair.review().chapter()).isEqualTo(best.review());
        assertThat(pair.plan().chapter()).isEqualTo(best.plan());
    }

    @Test
    void sharedTermsAreTheInformativeWordsBothTextsUse() throws Exception {
        ReportDocument doc = load(TestReports.SEED);
        Alignment a = alignWithin(doc);
        CompareUnit review = unit(a.reviewUnits(), "生态治理成效明显");
        CompareUnit plan = unit(a.planUnits(), "狠抓环境综合整治");
        SharedTerms shared = a.sharedTerms(review.text(), plan.text());
        assertThat(shared.terms()).contains("河长制", "两减六治三提升");
        assertThat(shared.terms()).noneMatch(t -> t.equals("推进") || t.equals("加强"));
        for (int[] r : shared.reviewRanges()) {
            assertThat(shared.terms()).contains(review.text().substring(r[0], r[1]));
        }
        assertThat(shared.planRanges()).isNotEmpty();
    }

    @Test
    void worksOnProvincialReportsWithOrdinalReviews() throws Exception {
        // the ordinal review paragraphs set beside the plan's chapters (the gold's level, labelled by reading)
        Alignment guangdong = alignWithin(load("/corpus/report_guangdong_2022.txt"));
        assertThat(top(guangdong.matchesOfReview(unit(guangdong.reviewUnits(), "强化战略科技力量和关键核心技术攻关"))))
                .startsWith("坚持把科技自立自强作为发展的战略支撑");
        assertThat(top(guangdong.matchesOfReview(unit(guangdong.reviewUnits(), "深入打好污染防治攻坚战"))))
                .startsWith("统筹有序推进碳达峰碳中和");
        assertThat(top(guangdong.matchesOfReview(unit(guangdong.reviewUnits(), "大力发展现代农业"))))
                .startsWith("全面推进乡村振兴");
        Alignment liaoning = alignWithin(load("/corpus/report_liaoning_2026.txt"));
        assertThat(top(liaoning.matchesOfReview(unit(liaoning.reviewUnits(), "开放型经济全方位推进"))))
                .isEqualTo("全面提升开放水平，拓展合作发展空间");
        assertThat(top(liaoning.matchesOfReview(unit(liaoning.reviewUnits(), "内需潜力有效释放"))))
                .isEqualTo("统筹促消费和扩投资，更大力度释放内需潜力");
    }

    @Test
    void aPlanFromOneReportAgainstTheReviewOfTheNext() throws Exception {
        ReportDocument plan2017 = load("/corpus/report_hailar_2017.txt");
        ReportDocument review2017 = load("/corpus/report_hailar_2018.txt");
        Alignment a = compare.align(new PartText(review2017, CompareService.reviewOf(review2017).orElseThrow()),
                new PartText(plan2017, CompareService.planOf(plan2017).orElseThrow()));
        assertThat(a.plan().part().title()).isEqualTo("2017年工作安排");
        assertThat(a.review().part().title()).isEqualTo("2017年工作回顾");
        // not every plan chapter has topics, so chapters are the units: 深化重点领域改革 is in (四)
        assertThat(top(a.matchesOfPlan(unit(a.planUnits(), "全面深化改革开放,不断增强经济社会发展活力和动力"))))
                .isEqualTo("改革开放步伐加快");
        assertThat(top(a.matchesOfPlan(unit(a.planUnits(), "全力加强生态文明建设,坚持绿色发展、持续发展"))))
                .isEqualTo("生态建设成效明显");
    }

    @Test
    void userLinksAreShownAsTheirsAndSurviveReimport() throws Exception {
        ReportDocument doc = load(TestReports.SEED);
        Alignment a = alignWithin(doc);
        CompareUnit shanghai = unit(a.reviewUnits(), "对接上海全面拓展");
        CompareUnit suggested = a.matchesOfReview(shanghai).get(1).unit();
        CompareUnit missing = unit(a.planUnits(), "加强社会治理安民");
        compare.reject(a, shanghai, suggested);
        compare.add(a, shanghai, missing);
        compare.confirm(a, shanghai, unit(a.planUnits(), "深入对接服务上海"));

        // delete and import the same report again: new ids, same words
        assertThat(reports.delete(doc.report().id())).isTrue();
        ReportDocument again = load(TestReports.SEED);
        assertThat(again.report().id()).isNotEqualTo(doc.report().id());
        Alignment b = alignWithin(again);
        List<Match> matches = b.matchesOfReview(unit(b.reviewUnits(), "对接上海全面拓展"));
        assertThat(matches).extracting(m -> m.unit().title()).doesNotContain(suggested.title())
                .contains("加强社会治理安民", "深入对接服务上海");
        assertThat(matches.subList(0, 2)).allSatisfy(m -> assertThat(m.origin()).isEqualTo(Match.Origin.USER));
        // and back from the plan side
        assertThat(b.matchesOfPlan(unit(b.planUnits(), "加强社会治理安民"))).extracting(m -> m.unit().title())
                .first().isEqualTo("对接上海全面拓展");
        assertThat(compare.remove(b, unit(b.reviewUnits(), "对接上海全面拓展"), unit(b.planUnits(), "加强社会治理安民")))
                .isTrue();
        assertThat(alignWithin(again).matchesOfReview(unit(b.reviewUnits(), "对接上海全面拓展")))
                .extracting(m -> m.unit().title()).doesNotContain("加强社会治理安民");
    }

    @Test
    void aReportWithoutReviewOrPlanHasNoSuchPart() throws Exception {
        long id = new ReportImporter(reports).importBytes("一段没有标题的文字。\n又一段文字。".getBytes(StandardCharsets.UTF_8),
                "prose.txt").report().id();
        ReportDocument prose = reports.load(id).orElseThrow();
        assertThat(CompareService.reviewOf(prose)).isEmpty();
        assertThat(CompareService.planOf(prose)).isEmpty();
    }

    private static CompareUnit unit(List<CompareUnit> units, String title) {
        return units.stream().filter(u -> u.title().equals(title)).findFirst().orElseThrow(
                () -> new AssertionError("no unit " + title + " in " + units.stream().map(CompareUnit::title).toList()));
    }
}
