package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyexplorer.ingest.TimeReference.Mention;
import org.policyexplorer.ingest.TimeReference.Tense;

/** Times relative to the report's year, on made-up headings and sentences. */
class TimeReferenceTest {
    private static List<Tense> tenses(String text, Integer year) {
        return TimeReference.mentions(text, year).stream().map(Mention::tense).toList();
    }

    @Test
    void calendarYearsAreLastYearThisYearOrALongRangeGoal() {
        assertThat(TimeReference.mentions("2030年工作回顾", 2031)).singleElement()
                .satisfies(m -> assertThat(m.tense()).isEqualTo(Tense.PAST_YEAR))
                .satisfies(m -> assertThat(m.year()).isEqualTo(2030));
        assertThat(tenses("2031年重点任务", 2031)).containsExactly(Tense.THIS_YEAR);
        assertThat(tenses("到2045年远景目标", 2031)).containsExactly(Tense.COMING_PERIOD);
        assertThat(tenses("九十年代的经验", 2031)).isEmpty();
    }

    @Test
    void fiveYearPeriodsAreReviewedOnceEndedAndPlannedWhileRunning() {
        // 十六五 = 2031–2035, 十五五 = 2026–2030
        assertThat(tenses("“十五五”时期发展成就", 2031)).containsExactly(Tense.PAST_PERIOD);
        assertThat(tenses("“十六五”时期的奋斗目标", 2031)).containsExactly(Tense.COMING_PERIOD);
        // 七五 = 1986–1990: planned in 1987, reviewed in 1991
        assertThat(tenses("七五计划的后三年", 1987)).containsExactly(Tense.COMING_PERIOD);
        assertThat(tenses("第七个五年计划的执行", 1991)).containsExactly(Tense.PAST_PERIOD);
    }

    @Test
    void relativePhrasesOfTheGenre() {
        assertThat(TimeReference.mentions("过去一年，我们", 2031)).singleElement()
                .satisfies(m -> assertThat(m.year()).isEqualTo(2030));
        assertThat(tenses("今年要着力", 2031)).containsExactly(Tense.THIS_YEAR);
        assertThat(tenses("五年来的工作", 2031)).containsExactly(Tense.PAST_PERIOD);
        assertThat(tenses("今后五年的目标", 2031)).containsExactly(Tense.COMING_PERIOD);
    }

    @Test
    void fullWidthAndChineseDigitsAreYearsToo() {
        assertThat(TimeReference.mentions("１９８６年，", 1987)).singleElement()
                .satisfies(m -> assertThat(m.year()).isEqualTo(1986));
        assertThat(TimeReference.mentions("二〇三〇年是", 2031)).singleElement()
                .satisfies(m -> assertThat(m.year()).isEqualTo(2030));
    }

    @Test
    void anOpeningIsTheTimeASentenceStartsWith() {
        assertThat(TimeReference.opening("刚刚过去的2030年，是…", 2031).year()).isEqualTo(2030);
        assertThat(TimeReference.opening("我们认真落实2030年的部署", 2031)).isNull();
    }

    @Test
    void theTenthPlanAndOpeningsAfterAnAddress() {
        // 十五 = 2001–2005, but 第十五届 is a congress, not a plan
        assertThat(tenses("“十五”时期工作回顾", 2006)).containsExactly(Tense.PAST_PERIOD);
        assertThat(tenses("十五计划的主要任务", 2003)).containsExactly(Tense.COMING_PERIOD);
        assertThat(tenses("在第十五届人民代表大会", 2003)).isEmpty();
        assertThat(TimeReference.opening("各位代表，同志们！2031年是开局之年。", 2031).tense()).isEqualTo(Tense.THIS_YEAR);
    }
}
