package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyexplorer.domain.ReportLevel;

/** Place, year and level from made-up title blocks. */
class TitleLinesTest {
    private static TitleLines of(String... lines) {
        return new TitleLines(List.of(lines));
    }

    @Test
    void deliveryDateInChineseNumeralsAndCongressWithout第() {
        TitleLines t = of("政府工作报告", "——二〇三一年一月二十日在某某省十六届人民代表大会第一次会议上", "各位代表：", "现在…");
        assertThat(t.year()).isEqualTo(2031);
        assertThat(t.place()).isEqualTo("某某省");
    }

    @Test
    void theNationalCongressMakesTheNationsReport() {
        TitleLines t = of("政府工作报告", "——２０３１年３月５日在第十六届全国人民代表大会第一次会议上", "各位代表：");
        assertThat(t.year()).isEqualTo(2031);
        assertThat(t.place()).isEqualTo("全国");
        assertThat(of("各位代表：", "现在，我代表国务院，向大会报告政府工作。").place()).isEqualTo("全国");
    }

    @Test
    void placeFromTheSpeakersTitleOrOwnWords() {
        assertThat(of("某某市市长　张三 各位代表：").place()).isEqualTo("某某市");
        assertThat(of("各位代表：", "现在，我代表某某县人民政府，向大会报告工作。").place()).isEqualTo("某某县");
    }

    @Test
    void theTitleBlockEndsAtTheSalutationEvenBelowWebPageLines() {
        TitleLines t = of("您的位置：", "首页", ">", "要闻", "政府工作报告", "2031-02-03 09:00", "【字体：", "大", "中", "小",
                "——2031年1月27日在某某自治区第十三届人民代表大会第四次会议上", "各位代表：");
        assertThat(t.place()).isEqualTo("某某自治区");
        assertThat(t.year()).isEqualTo(2031);
    }

    @Test
    void levelFromTheAdministrativeSuffix() {
        assertThat(ReportLevels.of("全国")).isEqualTo(ReportLevel.NATIONAL);
        assertThat(ReportLevels.of("某某自治区")).isEqualTo(ReportLevel.PROVINCE);
        assertThat(ReportLevels.of("北京市")).isEqualTo(ReportLevel.PROVINCE);
        assertThat(ReportLevels.of("某某市")).isEqualTo(ReportLevel.CITY);
        assertThat(ReportLevels.of("某某地区")).isEqualTo(ReportLevel.CITY);
        assertThat(ReportLevels.of("某某市某某区")).isEqualTo(ReportLevel.DISTRICT);
        assertThat(ReportLevels.of("某某旗")).isEqualTo(ReportLevel.COUNTY);
        assertThat(ReportLevels.of(null)).isNull();
    }

    @Test
    void theSpeakersWordsNeverBecomePartOfThePlace() {
        assertThat(of("各位代表：", "现在，我代表市人民政府，向大会报告工作。").place()).isNull();
        assertThat(of("各位代表：", "现在我代表某某市人民政府向大会报告工作。").place()).isEqualTo("某某市");
    }

    @Test
    void aProvincialReportThatMentionsTheNationalCongressStaysProvincial() {
        TitleLines t = of("政府工作报告", "——2031年1月20日在某某省第十六届人民代表大会第一次会议上", "各位代表：",
                "我们认真贯彻十六届全国人民代表大会第一次会议精神。");
        assertThat(t.place()).isEqualTo("某某省");
    }

    @Test
    void countiesWithOneCharacterNames() {
        assertThat(of("2031年易县政府工作报告", "各位代表：").place()).isEqualTo("易县");
        assertThat(of("——2031年2月1日在雄县第十届人民代表大会第一次会议上", "各位代表：").place()).isEqualTo("雄县");
    }
}
