package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/** Shapes no corpus report has, written here so the parser is held to them. */
class LetterSpacingAndOddInputTest {
    private final ReportParser parser = new ReportParser();

    @Test
    void letterSpacedTitleAndCrlfAreRead() {
        String raw = "政 府 工 作 报 告\r\n——2019年1月10日在某某县第五届人民代表大会第三次会议上\r\n"
                + "一、2018年工作回顾\r\n（一）经济平稳增长。全年地区生产总值增长6%。\r\n"
                + "二、2019年工作安排\r\n（一）抓好项目建设。新开工项目30个。\r\n";
        ParsedReport report = parser.parse(raw);
        assertThat(report.place()).isEqualTo("某某县");
        assertThat(report.year()).isEqualTo(2019);
        assertThat(report.text()).doesNotContain("\r");
        assertThat(report.parts()).extracting(Section::role)
                .containsExactly(PartRole.PREAMBLE, PartRole.REVIEW, PartRole.PLAN);
    }

    @Test
    void proseWithoutHeadingsIsAFlatListOfParagraphs() {
        ParsedReport report = parser.parse("今天天气很好，我们去公园散步。\n公园里有很多人在锻炼身体，也有人在下棋。\n傍晚时分我们回家了。");
        assertThat(report.structured()).isFalse();
        assertThat(report.parts()).singleElement().satisfies(part -> {
            assertThat(part.role()).isEqualTo(PartRole.OTHER);
            assertThat(part.children()).hasSize(3)
                    .allSatisfy(p -> assertThat(p.kind()).isEqualTo(SectionKind.PARAGRAPH));
        });
    }

    @Test
    void withoutUnnumberedPartHeadingsTheTopNumberingMakesTheParts() {
        ParsedReport report = parser.parse("各位代表：\n一、加快发展经济\n发展经济要抓项目。项目建设是关键。\n二、改善民生\n民生工作很重要。");
        List<Section> parts = report.parts();
        assertThat(parts).extracting(Section::kind).containsOnly(SectionKind.PART);
        assertThat(parts.subList(1, 3)).extracting(Section::title).containsExactly("加快发展经济", "改善民生");
        assertThat(parts.get(1).number()).isEqualTo("一");
    }

    @Test
    void chaptersUnderTheTopNumberingStayChapters() {
        ParsedReport report = parser.parse("各位代表：\n（一）加快发展经济\n发展经济要抓项目。\n一、今年的工作\n（一）改善民生\n民生工作很重要。");
        List<Section> parts = report.parts();
        assertThat(parts.get(parts.size() - 1).title()).isEqualTo("今年的工作");
        assertThat(OutlineAssert.chapters(parts.get(parts.size() - 1))).extracting(Section::title)
                .containsExactly("改善民生");
    }

    @Test
    void emptyAndBlankTextGiveNoParts() {
        assertThat(parser.parse("").parts()).isEmpty();
        assertThat(parser.parse(" \n\u3000\n").parts()).isEmpty();
    }

    @Test
    void textOutsideTheBmpKeepsCharOffsetsConsistent() {
        ParsedReport report = parser.parse("𠀀前言\n2017年工作回顾\n项目建设量质并举。𠀀新开工项目10个。\n产业发展提质增效。新兴产业占比39%。");
        Section review = report.parts().get(1);
        Section topic = OutlineAssert.topics(review).get(0);
        assertThat(report.text().substring(topic.start(), topic.headingEnd())).isEqualTo("项目建设量质并举。");
    }
}
