package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Section;

/** Shapes of text that real reports come in, made from the seed or written for the test. */
class ReportShapesTest {
    private final ReportParser parser = new ReportParser();

    private static List<Section> parts(ParsedReport report) {
        return report.parts().stream().filter(p -> p.role() != PartRole.PREAMBLE).toList();
    }

    @Test
    void theSeedsPlanRenamedIsStillAPlan() {
        String seed = TestReports.seed();
        assertThat(seed).contains("\n2018年工作安排\n");
        ParsedReport renamed = parser.parse(seed.replace("\n2018年工作安排\n", "\n2018年重点工作\n"));
        ParsedReport original = parser.parse(seed);
        assertThat(parts(renamed)).extracting(Section::role).isEqualTo(parts(original).stream().map(Section::role).toList());
        assertThat(parts(renamed)).extracting(Section::role).contains(PartRole.REVIEW, PartRole.PLAN);
        assertThat(renamed.unsure()).isFalse();
    }

    @Test
    void aWholeReportOnOneLineIsSplitAtItsRunsOfSpaces() {
        String seed = TestReports.seed();
        String oneLine = String.join("\u3000\u3000", seed.split("\n"));
        ParsedReport flat = parser.parse(oneLine);
        ParsedReport original = parser.parse(seed);
        assertThat(flat.text()).isEqualTo(original.text());
        assertThat(parts(flat)).extracting(Section::title).isEqualTo(parts(original).stream().map(Section::title).toList());
    }

    @Test
    void ordinalChaptersOfOldNationalReportsAndListsUnderThem() {
        String text = "各位代表：\n过去的工作回顾\n这几年我们完成了许多工作，取得了进展。\n今后三年的主要措施\n我们要做好以下工作。\n"
                + "第一、严格控制投资规模。\n要控制规模。\n一、所有建设项目必须严格按照程序办事。违者追究。\n二、投资统一管理。\n"
                + "第二、坚决调整现有企业。\n要调整企业。";
        List<Section> parts = parts(parser.parse(text));
        assertThat(parts).extracting(Section::role).containsExactly(PartRole.REVIEW, PartRole.PLAN);
        assertThat(OutlineAssert.chapters(parts.get(1))).extracting(Section::number).containsExactly("第一", "第二");
    }

    @Test
    void decoratedAndLetterSpacedNotesArePartsOfTheirOwn() {
        for (String heading : List.of("※名词解释※", "名 词 解 释", "注释")) {
            String text = "各位代表：\n一、2030年工作回顾\n我们完成了目标。\n二、2031年工作安排\n要推进改革。\n" + heading
                    + "\n1.新质生产力：指…。";
            ParsedReport report = parser.parse(text);
            Section last = report.parts().get(report.parts().size() - 1);
            assertThat(last.role()).as(heading).isEqualTo(PartRole.OTHER);
            assertThat(parts(report)).extracting(Section::role)
                    .containsExactly(PartRole.REVIEW, PartRole.PLAN, PartRole.OTHER);
        }
    }

    @Test
    void halfWidthChapterNumbersAndALongListItemThatIsNoHeading() {
        String text = "各位代表：\n一、2030年工作回顾\n(一)经济平稳增长。全年增长5%。\n(二)民生持续改善\n新增就业1万人。\n"
                + "二、2031年工作安排\n（一）扩大内需\n要扩大内需。\n（二）所有的建设项目，包括预算内外的全部投资和各方面自筹的资金以及银行贷款，"
                + "都必须纳入统一的计划管理之中并且由主管部门严格审批后才能开工建设，不得擅自开工，"
                + "违反规定擅自开工建设的项目一律停建并追究有关单位和个人的责任";
        List<Section> parts = parts(parser.parse(text));
        assertThat(OutlineAssert.chapters(parts.get(0))).extracting(Section::title).containsExactly("经济平稳增长", "民生持续改善");
        assertThat(OutlineAssert.chapters(parts.get(1))).hasSize(1);
    }

    @Test
    void aReportWithoutADateTakesItsYearFromItsHeadings() {
        ParsedReport report = parser.parse("各位代表：\n一、2030年工作回顾\n我们完成了目标。\n二、2031年主要任务和2045年远景目标\n要推进。");
        assertThat(report.year()).isEqualTo(2031);
        assertThat(parts(report).get(1).year()).isEqualTo(2031);
    }

    @Test
    void underUnnumberedPartsAndChaptersOneBracketedNumbersTopics() {
        ParsedReport report = parser.parse("各位代表：\n2030年工作回顾\n一、经济运行平稳\n（一）工业。工业增长5%。\n"
                + "（二）农业\n农业丰收。\n2031年工作安排\n一、稳增长\n要稳增长。");
        List<Section> review = OutlineAssert.chapters(parts(report).get(0));
        assertThat(review).extracting(Section::title).containsExactly("经济运行平稳");
        assertThat(OutlineAssert.topics(review.get(0))).extracting(Section::number).containsExactly("（一）", "（二）");
        assertThat(OutlineAssert.topics(review.get(0))).extracting(Section::title).containsExactly("工业", "农业");
        OutlineAssert.assertWellFormed(report.text(), report.parts());
    }

    @Test
    void yearsWrittenInChineseNumeralsInHeadingsOfAnOldNationalReport() {
        ParsedReport report = parser.parse("政府工作报告\n——１９９６年３月５日在第八届全国人民代表大会第四次会议上\n各位代表：\n"
                + "一、一九九五年的工作回顾\n过去的一年，我们完成了各项任务。\n二、关于今后五年的奋斗目标\n今后五年要实现新的发展。\n"
                + "三、一九九六年的主要任务\n今年要稳定发展。\n四、关于外交工作\n我们将坚持独立自主的和平外交政策。");
        assertThat(report.place()).isEqualTo("全国");
        assertThat(report.year()).isEqualTo(1996);
        assertThat(parts(report)).extracting(Section::role)
                .containsExactly(PartRole.REVIEW, PartRole.PLAN, PartRole.PLAN, PartRole.OTHER);
        assertThat(parts(report)).extracting(Section::year).containsExactly(1995, null, 1996, null);
    }

    @Test
    void partsNamedByTheirPlaceInTheReport() {
        ParsedReport report = parser.parse("各位代表：\n报告分三部分，第一部分是工作回顾，第二部分是工作安排。\n"
                + "第一部分 2030年工作回顾\n一、经济平稳增长\n我们完成了目标。\n二、民生持续改善\n新增就业1万人。\n"
                + "第二部分 2031年工作安排\n一、扩大内需\n要扩大内需。\n第三部分 加强政府自身建设\n要从严治政。");
        List<Section> parts = parts(report);
        assertThat(parts).extracting(Section::role).containsExactly(PartRole.REVIEW, PartRole.PLAN, PartRole.GOVERNANCE);
        assertThat(parts).extracting(Section::number).containsExactly("第一部分", "第二部分", "第三部分");
        assertThat(parts.get(0).title()).isEqualTo("2030年工作回顾");
        assertThat(OutlineAssert.chapters(parts.get(0))).hasSize(2);
        assertThat(parts).extracting(Section::year).containsExactly(2030, 2031, null);
    }
}
