package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.ingest.OutlineAssert.assertPart;
import static org.policyexplorer.ingest.OutlineAssert.chapters;
import static org.policyexplorer.ingest.OutlineAssert.titles;
import static org.policyexplorer.ingest.OutlineAssert.topics;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/**
 * The six corpus reports, each as a reader would outline it. They differ from the seed in numbering
 * (一、 parts with （一） chapters), punctuation, ordinal reviews (一是…), five-year parts, appendices and notes.
 */
class ReportParserCorpusTest {
    private final ReportParser parser = new ReportParser();

    private ParsedReport parse(String name) {
        ParsedReport report = parser.parse(TestReports.corpus(name));
        OutlineAssert.assertWellFormed(report.text(), report.parts());
        return report;
    }

    private static List<Integer> topicCounts(List<Section> chapters) {
        return chapters.stream().map(c -> topics(c).size()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"report_hailar_2017.txt", "report_hailar_2018.txt", "report_guangdong_2022.txt",
        "report_liaoning_2026.txt", "report_hainan_2026.txt", "report_jilin_2026.txt"})
    void everyReportOpensWithAPreambleAndHasAReviewAndAPlan(String name) {
        ParsedReport report = parse(name);
        assertThat(report.parts().get(0).role()).isEqualTo(PartRole.PREAMBLE);
        assertThat(report.parts()).extracting(Section::role).contains(PartRole.REVIEW, PartRole.PLAN);
        assertThat(report.structured()).isTrue();
        assertThat(report.place()).isNotBlank();
        assertThat(report.title()).endsWith("年政府工作报告");
    }

    @Test
    void hailar2017HalfWidthChaptersWithInlineTitles() {
        ParsedReport report = parse("report_hailar_2017.txt");
        assertThat(report.place()).isEqualTo("海拉尔区");
        assertThat(report.year()).isEqualTo(2017);
        List<Section> parts = report.parts();
        assertThat(parts).hasSize(3);
        assertPart(parts.get(1), PartRole.REVIEW, 2016, "2016年工作回顾");
        assertPart(parts.get(2), PartRole.PLAN, 2017, "2017年工作安排");
        List<Section> review = chapters(parts.get(1));
        assertThat(review).hasSize(6);
        // "(一)经济实力迈上新台阶。2016年，…": the heading ends at the first 。, the rest is the chapter's text
        assertThat(review.get(0).number()).isEqualTo("（一）");
        assertThat(review.get(0).title()).isEqualTo("经济实力迈上新台阶");
        assertThat(review.get(0).children()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(SectionKind.PARAGRAPH));
        List<Section> plan = chapters(parts.get(2));
        assertThat(plan).hasSize(7);
        assertThat(topicCounts(plan)).containsExactly(4, 3, 0, 1, 3, 0, 3);
        assertThat(titles(topics(plan.get(6)))).containsExactly("强化学习,提升能力", "强化执行,狠抓落实", "强化廉洁,依法行政");
        // "各位代表,…" after the last chapter speaks to the whole part again
        assertThat(parts.get(2).children().get(parts.get(2).children().size() - 1).kind())
                .isEqualTo(SectionKind.PARAGRAPH);
    }

    @Test
    void hailar2018ParallelReviewParagraphsBecomeTopics() {
        ParsedReport report = parse("report_hailar_2018.txt");
        assertThat(report.year()).isEqualTo(2018);
        List<Section> parts = report.parts();
        assertThat(parts).hasSize(3);
        assertPart(parts.get(1), PartRole.REVIEW, 2017, "2017年工作回顾");
        assertPart(parts.get(2), PartRole.PLAN, 2018, "2018年工作安排");
        assertThat(titles(topics(parts.get(1)))).containsExactly("发展质效持续提高", "人居环境明显改善",
                "改革开放步伐加快", "生态建设成效明显", "群众幸福指数显著提升", "政府服务能力更加凸显");
        List<Section> plan = chapters(parts.get(2));
        assertThat(plan).hasSize(8);
        assertThat(topicCounts(plan)).containsExactly(3, 3, 4, 3, 3, 3, 4, 4);
        assertThat(plan.get(0).title()).isEqualTo("在打好“三大攻坚战”上聚焦发力，助推全面建成小康社会");
    }

    @Test
    void guangdong2022OrdinalReviewAppendicesAndGlossary() {
        ParsedReport report = parse("report_guangdong_2022.txt");
        assertThat(report.place()).isEqualTo("广东省");
        assertThat(report.year()).isEqualTo(2022);
        List<Section> parts = report.parts();
        assertThat(parts).hasSize(5);
        assertPart(parts.get(1), PartRole.REVIEW, 2021, "2021年工作回顾");
        assertPart(parts.get(2), PartRole.PLAN, 2022, "2022年工作安排");
        List<Section> ordinals = topics(parts.get(1));
        assertThat(ordinals).hasSize(10);
        assertThat(ordinals.get(0).number()).isEqualTo("一是");
        assertThat(ordinals.get(9).number()).isEqualTo("十是");
        assertThat(ordinals.get(5).title()).isEqualTo("大力发展现代农业");
        List<Section> plan = chapters(parts.get(2));
        assertThat(plan).hasSize(10);
        assertThat(topicCounts(plan)).containsExactly(5, 4, 3, 3, 4, 5, 5, 4, 4, 7);
        // 附件1 restarts numbering: its 一、…十、 are chapters, not parts
        Section appendix = parts.get(3);
        assertThat(appendix.role()).isEqualTo(PartRole.OTHER);
        assertThat(appendix.number()).isEqualTo("附件1");
        assertThat(appendix.title()).isEqualTo("2022年省十件民生实事");
        assertThat(chapters(appendix)).hasSize(10);
        Section glossary = parts.get(4);
        assertThat(glossary.title()).isEqualTo("名词解释");
        assertThat(topics(glossary)).hasSize(18);
        assertThat(topics(glossary).get(0).title()).isEqualTo("1.“一照通行”");
    }

    @Test
    void liaoning2026FiveYearAndAnnualPlanInOnePart() {
        ParsedReport report = parse("report_liaoning_2026.txt");
        assertThat(report.place()).isEqualTo("辽宁省");
        assertThat(report.year()).isEqualTo(2026);
        List<Section> parts = report.parts();
        assertThat(parts).hasSize(4);
        assertPart(parts.get(1), PartRole.REVIEW, 2025, "2025年和“十四五”时期工作回顾");
        assertPart(parts.get(2), PartRole.PLAN, 2026, "“十五五”时期目标任务和2026年工作安排");
        assertPart(parts.get(3), PartRole.GOVERNANCE, null, "全面加强政府自身建设");
        assertThat(titles(topics(parts.get(1)))).hasSize(8).startsWith("内需潜力有效释放");
        assertThat(chapters(parts.get(2))).hasSize(10);
        assertThat(topicCounts(chapters(parts.get(2)))).containsExactly(3, 5, 4, 3, 3, 4, 4, 4, 6, 5);
        assertThat(topics(parts.get(3))).hasSize(4);
    }

    @Test
    void hainan2026FourPartsOwnLineLeadsAndNotes() {
        ParsedReport report = parse("report_hainan_2026.txt");
        assertThat(report.place()).isEqualTo("海南省");
        List<Section> parts = report.parts();
        assertThat(parts).hasSize(6);
        assertPart(parts.get(1), PartRole.REVIEW, 2025, "2025年和“十四五”时期工作回顾");
        assertPart(parts.get(2), PartRole.PLAN, null, "“十五五”时期主要目标任务");
        assertPart(parts.get(3), PartRole.PLAN, 2026, "2026年主要工作");
        assertPart(parts.get(4), PartRole.GOVERNANCE, null, "加强政府自身建设");
        assertPart(parts.get(5), PartRole.OTHER, null, "注释");
        // a lead sentence on its own line heads the paragraph below it
        Section firstTopic = topics(parts.get(1)).get(0);
        assertThat(firstTopic.title()).isEqualTo("这一年，我们感恩奋进、埋头苦干，封关运作如期实现");
        assertThat(report.text().substring(firstTopic.start(), firstTopic.end())).contains("\n封关准备重点任务");
        assertThat(titles(topics(parts.get(1)))).contains("产业结构持续优化", "依法行政深入推进");
        assertThat(titles(topics(parts.get(2)))).hasSize(8).allMatch(t -> t.startsWith("聚焦"));
        List<Section> annual = chapters(parts.get(3));
        assertThat(annual).hasSize(10);
        assertThat(annual.get(0).title()).isEqualTo("聚力促进更高水平开放");
        assertThat(titles(topics(annual.get(0)))).containsExactly("推动自由贸易港政策红利加速释放", "稳步扩大制度型开放",
                "激发经营主体活力");
        assertThat(topics(parts.get(4))).hasSize(4);
        assertThat(topics(parts.get(5))).hasSize(28);
        assertThat(topics(parts.get(5)).get(0).title()).isEqualTo("［1］一降三减");
    }

    @Test
    void jilin2026PartsInAnUnusualOrder() {
        ParsedReport report = parse("report_jilin_2026.txt");
        assertThat(report.place()).isEqualTo("吉林省");
        List<Section> parts = report.parts();
        assertThat(parts).hasSize(5);
        // the review's heading names no year: it covers the year before the report's
        assertPart(parts.get(1), PartRole.REVIEW, 2025, "工作回顾");
        assertPart(parts.get(2), PartRole.PLAN, 2026, "2026年工作安排");
        assertPart(parts.get(3), PartRole.PLAN, null, "“十五五”时期主要目标任务");
        assertPart(parts.get(4), PartRole.GOVERNANCE, null, "全面提升政府治理效能");
        assertThat(titles(topics(parts.get(1)))).hasSize(7).startsWith("全力以进促稳");
        // "主要做了以下工作。" announces the list; it is not a topic
        assertThat(titles(topics(parts.get(1)))).doesNotContain("主要做了以下工作");
        assertThat(chapters(parts.get(2))).hasSize(8);
        assertThat(chapters(parts.get(3))).extracting(Section::title).containsExactly("“十五五”发展目标", "重点任务");
        assertThat(topics(parts.get(4))).hasSize(5);
    }
}
