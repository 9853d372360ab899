package org.policyexplorer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values worked out by hand: list the pairs of each side, count those in common. */
class DiceTest {

    @Test
    void oneChangedLastCharacterKeepsTwoOfThreePairs() {
        // ab bc cd | ab bc ce: 2 in common, 6 in all → 2·2/6
        assertThat(Dice.similarity("abcd", "abce")).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void anEditedFigureInChinese() {
        // 增长 长1 10 0% | 增长 长1 11 1%: 2 in common, 8 in all → 0.5
        assertThat(Dice.similarity("增长10%", "增长11%")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aRepeatedPairCountsAsOftenAsItOccursInBoth() {
        // aa aa aa | aa: one aa in common, 4 in all → 0.5 (as sets they would be equal)
        assertThat(Dice.similarity("aaaa", "aa")).isCloseTo(0.5, within(1e-12));
        assertThat(Dice.similarity("aa", "aaaa")).isCloseTo(0.5, within(1e-12));
        // ab ba ab | ab ba ab: all 3 match one to one
        assertThat(Dice.similarity("abab", "abab")).isEqualTo(1.0);
    }

    @Test
    void sameLettersInAnotherOrderShareNoPair() {
        // ab bc | ba cb
        assertThat(Dice.similarity("abc", "bac")).isCloseTo(0.0, within(1e-12));
        assertThat(Dice.similarity("abc", "xyz")).isEqualTo(0.0);
    }

    @Test
    void containedNamesShareTheirPairs() {
        // 财政 政收 收入 | 一般 般公 公共 共预 预算 算收 收入: 1 in common (收入), 10 in all → 0.2
        assertThat(Dice.similarity("财政收入", "一般公共预算收入")).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void stringsShorterThanAPairAreAlikeOnlyToThemselves() {
        assertThat(Dice.similarity("a", "a")).isEqualTo(1.0);
        assertThat(Dice.similarity("", "")).isEqualTo(1.0);
        assertThat(Dice.similarity("a", "ab")).isEqualTo(0.0);
        assertThat(Dice.similarity("ab", "")).isEqualTo(0.0);
    }
}
