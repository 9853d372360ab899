package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.ingest.OutlineAssert.assertPart;
import static org.policyexplorer.ingest.OutlineAssert.chapters;
import static org.policyexplorer.ingest.OutlineAssert.titles;
import static org.policyexplorer.ingest.OutlineAssert.topics;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/** The seed report must parse to exactly the outline its issue describes. */
class ReportParserSeedTest {
    private static ParsedReport report;
    private static List<Section> parts;

    @BeforeAll
    static void parse() {
        report = new ReportParser().parse(TestReports.seed());
        parts = report.parts();
    }

    @Test
    void metadataComesFromTheOpeningLinesAndTheParts() {
        assertThat(report.place()).isEqualTo("通州区");
        assertThat(report.year()).isEqualTo(2018);
        assertThat(report.title()).isEqualTo("通州区2018年政府工作报告");
        assertThat(report.structured()).isTrue();
    }

    @Test
    void hasPreambleReviewPlanAndGovernanceParts() {
        assertThat(parts).hasSize(4);
        assertThat(parts.get(0).role()).isEqualTo(PartRole.PREAMBLE);
        assertThat(parts.get(0).children()).hasSize(2);
        assertPart(parts.get(1), PartRole.REVIEW, 2017, "2017年工作回顾");
        assertPart(parts.get(2), PartRole.PLAN, 2018, "2018年工作安排");
        assertPart(parts.get(3), PartRole.GOVERNANCE, null, "持续深入推进全面从严治政");
    }

    @Test
    void reviewHasFourChaptersOfThreeTopicsWithWrappedHeadingsJoined() {
        Section review = parts.get(1);
        List<Section> chapters = chapters(review);
        assertThat(chapters).hasSize(4);
        assertThat(chapters.get(0).number()).isEqualTo("一");
        assertThat(chapters.get(0).title()).isEqualTo("坚持调结构快转型,发展质态持续向好");
        assertThat(chapters).allSatisfy(c -> assertThat(topics(c)).hasSize(3));
        assertThat(titles(topics(chapters.get(0))))
                .containsExactly("项目建设量质并举", "产业发展提质增效", "创新能力稳步提升");
        assertThat(titles(topics(chapters.get(1)))).contains("对接上海全面拓展");
        // the review's opening paragraph belongs to the part, before the first chapter
        assertThat(review.children().get(0).kind()).isEqualTo(SectionKind.PARAGRAPH);
    }

    @Test
    void planHasItsOpeningParagraphsThenSevenChaptersWithIntros() {
        Section plan = parts.get(2);
        List<Section> opening = plan.children().subList(0, 3);
        assertThat(opening).allSatisfy(s -> assertThat(s.kind()).isEqualTo(SectionKind.PARAGRAPH));
        String text = report.text();
        assertThat(text.substring(opening.get(0).start(), opening.get(0).end())).contains("总体要求");
        assertThat(text.substring(opening.get(1).start(), opening.get(1).end())).startsWith("主要预期目标");
        assertThat(text.substring(opening.get(2).start(), opening.get(2).end())).startsWith("围绕目标");

        List<Section> chapters = chapters(plan);
        assertThat(chapters).hasSize(7);
        assertThat(chapters.stream().map(c -> topics(c).size()).toList()).containsExactly(3, 4, 3, 3, 3, 3, 3);
        assertThat(chapters).allSatisfy(c -> assertThat(c.children().get(0).kind()).isEqualTo(SectionKind.PARAGRAPH));
        assertThat(chapters.get(5).title()).isEqualTo("更加注重绿色发展,不断改善生态环境质量");
        assertThat(titles(topics(chapters.get(2)))).contains("深入对接服务上海");
    }

    @Test
    void governanceHasAnIntroAndFourTopics() {
        Section governance = parts.get(3);
        assertThat(governance.children().get(0).kind()).isEqualTo(SectionKind.PARAGRAPH);
        assertThat(titles(topics(governance))).containsExactly("进一步增强政府公信力", "进一步增强工作执行力",
                "进一步增强管理创新力", "进一步增强自身免疫力");
    }

    @Test
    void offsetsPointIntoTheStoredText() {
        OutlineAssert.assertWellFormed(report.text(), parts);
        Section topic = topics(chapters(parts.get(1)).get(0)).get(0);
        assertThat(report.text().substring(topic.start(), topic.headingEnd())).isEqualTo("项目建设量质并举。");
        assertThat(report.text().substring(topic.start(), topic.end())).endsWith("增长10%。");
        Section chapter = chapters(parts.get(1)).get(0);
        assertThat(report.text().substring(chapter.start(), chapter.headingEnd()))
                .isEqualTo("一、坚持调结构快转型,\n发展质态持续向好");
    }
}
