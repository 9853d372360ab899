package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.ingest.PartJudge.Judgement;
import org.policyexplorer.ingest.PartJudge.PartText;

/**
 * Each rule of the part judge on made-up parts of a 2031 report, with headings whose words are in no list:
 * the evidence is time, the opening of the text, its tense and its position.
 */
class PartJudgeTest {
    private static final int YEAR = 2031;
    private final PartJudge judge = new PartJudge(PartVocabulary.DEFAULT);

    private static PartText part(String heading, String... paragraphs) {
        return new PartText(heading, List.of(paragraphs), heading + "\n" + String.join("\n", paragraphs), false, false);
    }

    private List<Judgement> judge(PartText... parts) {
        return judge.judge(List.of(parts), YEAR);
    }

    @Test
    void aHeadingWithoutRoleWordsIsReadFromHowItsTextOpensAndItsTense() {
        List<Judgement> judged = judge(
                part("砥砺奋进结硕果", "刚刚过去的2030年，我们完成了全年目标，生产总值增长了5%。", "新建学校12所，实现了全覆盖。"),
                part("乘势而上开新局", "2031年是新征程的开局之年。", "要着力扩大内需，力争增长5%左右，将加快建设。"));
        assertThat(judged).extracting(Judgement::role).containsExactly(PartRole.REVIEW, PartRole.PLAN);
        assertThat(judged).extracting(Judgement::year).containsExactly(2030, 2031);
    }

    @Test
    void headingTimesDecideRoleAndYear() {
        List<Judgement> judged = judge(part("2030年的主要工作", "我们推进了改革。"),
                part("关于2031年的工作", "要推进改革。"), part("“十六五”时期的奋斗目标", "要实现现代化。"));
        assertThat(judged).extracting(Judgement::role).containsExactly(PartRole.REVIEW, PartRole.PLAN, PartRole.PLAN);
        assertThat(judged).extracting(Judgement::year).containsExactly(2030, 2031, null);
    }

    @Test
    void aPeriodReviewedAsAWholeHasNoYear() {
        assertThat(judge(part("“十五五”时期发展成就", "五年来，我们取得了显著成就。")).get(0))
                .satisfies(j -> assertThat(j.role()).isEqualTo(PartRole.REVIEW))
                .satisfies(j -> assertThat(j.year()).isNull());
    }

    @Test
    void aReviewNamingYearAndPeriodFollowsItsOpeningParagraphs() {
        assertThat(judge(part("2030年和“十五五”时期工作回顾", "过去一年，我们完成了目标。", "一是稳增长。"))
                .get(0).year()).isEqualTo(2030);
        assertThat(judge(part("过去一年和五年工作回顾", "五年来，我们取得了成就。", "一是稳增长。"))
                .get(0).year()).isNull();
    }

    @Test
    void theGovernmentItselfAndForeignAffairsAreSettledByTheHeading() {
        List<Judgement> judged = judge(part("2030年工作回顾", "我们完成了目标。"), part("2031年工作安排", "要推进。"),
                part("锤炼过硬作风", "要加强学习，将狠抓落实。"), part("关于外交工作", "我们将坚持和平发展。"),
                part("营造风清气正的环境", "对政府自身建设提出更高要求，要从严治政。"));
        assertThat(judged).extracting(Judgement::role).containsExactly(PartRole.REVIEW, PartRole.PLAN,
                PartRole.GOVERNANCE, PartRole.OTHER, PartRole.GOVERNANCE);
    }

    @Test
    void aPlanSpreadOverSeveralPartsKeepsItsYear() {
        List<Judgement> judged = judge(part("2030年工作回顾", "我们完成了目标。"),
                part("2031年工作总体要求", "今年要稳中求进。"), part("聚力建设现代产业体系", "要加快推进，力争突破。"));
        assertThat(judged.get(2)).satisfies(j -> assertThat(j.role()).isEqualTo(PartRole.PLAN))
                .satisfies(j -> assertThat(j.year()).isEqualTo(2031));
    }

    @Test
    void reviewsComeBeforePlans() {
        List<Judgement> judged = judge(part("2031年工作安排", "要推进。"), part("精彩纷呈", "完成了，实现了，增长了，达到了。"));
        assertThat(judged.get(1).role()).isNotEqualTo(PartRole.REVIEW);
    }

    @Test
    void appendicesAreOther() {
        assertThat(judge.judge(List.of(new PartText("名词解释", List.of(), "", true, false)), YEAR).get(0).role())
                .isEqualTo(PartRole.OTHER);
    }

    @Test
    void confidenceIsLowerWhenOnlyTheTextSpeaks() {
        List<Judgement> judged = judge(part("2030年工作回顾", "我们完成了目标，实现了增长。"),
                part("乘势而上", "要推进，也完成了一些。"));
        assertThat(judged.get(0).confidence()).isGreaterThan(judged.get(1).confidence());
    }

    @Test
    void aPartThatNamesTheGovernmentThisOftenIsAboutItsOwnWork() {
        String body = ("新征程上，各级政府要坚持人民至上。政府工作人员要恪尽职守，建设法治政府、廉洁政府、服务型政府，"
                + "让政府决策更加科学，让政府执行更加有力，以政府的实干担当回应人民期待。").repeat(4);
        List<Judgement> judged = judge(part("2030年工作回顾", "我们完成了目标。"), part("2031年工作安排", "要推进改革。"),
                part("奋楫扬帆再出发", body));
        assertThat(judged.get(2).role()).isEqualTo(PartRole.GOVERNANCE);
        // a plan that names the government now and then stays a plan
        String plan = ("要扩大内需，加快建设现代化产业体系，推动高质量发展，力争增长5%左右，政府投资要发挥带动作用。").repeat(6);
        assertThat(judge(part("2030年工作回顾", "我们完成了目标。"), part("乘势而上开新局", plan)).get(1).role())
                .isEqualTo(PartRole.PLAN);
    }
}
