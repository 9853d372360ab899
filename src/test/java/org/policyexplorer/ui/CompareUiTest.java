package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.compare.Match;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 对照: pick a review topic, see what carries it on and the words they share; the user's links stay. */
class CompareUiTest extends WindowTest {
    @Override
    void afterOpen() throws Exception {
        robot.clickOn("#tab-compare");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.views().compare().units().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void selectingAReviewTopicShowsItsMatchesAndSharedTerms() throws Exception {
        chooseUnit("二 · 对接上海全面拓展");
        assertThat(titles(window.views().compare().matches().getItems()).get(0)).isEqualTo("深入对接服务上海");
        assertThat(hasShared(window.views().compare().leftText())).isTrue();
        assertThat(hasShared(window.views().compare().rightText())).isTrue();
        assertThat(window.views().compare().leftText().getText()).startsWith("对接上海全面拓展。");
        assertThat(window.views().compare().rightText().getText()).startsWith("深入对接服务上海。");
    }

    @Test
    void confirmRejectAndAddPersistAcrossARestart() throws Exception {
        chooseUnit("二 · 对接上海全面拓展");
        String rejected = titles(window.views().compare().matches().getItems()).get(1);
        clickMatch(rejected);
        robot.clickOn("#compare-reject");
        awaitMatches(m -> !titles(m).contains(rejected));
        clickMatch("深入对接服务上海");
        robot.clickOn("#compare-confirm");
        awaitMatches(m -> m.get(0).origin() == Match.Origin.USER);
        robot.clickOn("#compare-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER); // the dialog offers the first plan topic: 着力优化招商机制
        awaitMatches(m -> m.stream().filter(x -> x.origin() == Match.Origin.USER).count() == 2);

        restart();
        chooseUnit("二 · 对接上海全面拓展");
        List<Match> matches = window.views().compare().matches().getItems();
        assertThat(titles(matches)).doesNotContain(rejected).contains("深入对接服务上海", "着力优化招商机制");
        assertThat(matches.subList(0, 2)).allSatisfy(m -> assertThat(m.origin()).isEqualTo(Match.Origin.USER));
        assertThat(robot.lookup(".user-link").queryAll()).isNotEmpty();
    }

    @Test
    void swappingSidesLooksBackFromThePlan() throws Exception {
        robot.clickOn("#compare-flip");
        WaitForAsyncUtils.waitForFxEvents();
        chooseUnit("三 · 深入对接服务上海");
        assertThat(titles(window.views().compare().matches().getItems()).get(0)).isEqualTo("对接上海全面拓展");
    }

    private void chooseUnit(String label) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.views().compare().units().getItems().stream()
                .anyMatch(u -> label.endsWith(u.title())));
        int index = -1;
        var items = window.views().compare().units().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (label.endsWith(items.get(i).title())) {
                index = i;
            }
        }
        int row = index;
        robot.interact(() -> window.views().compare().units().scrollTo(row));
        robot.clickOn(robot.lookup("#compare-units .list-cell").match((ListCell<?> c) -> label.equals(c.getText()))
                .queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickMatch(String title) {
        robot.clickOn(robot.lookup("#compare-matches .list-cell").match((ListCell<?> c) ->
                c.getItem() instanceof Match m && m.unit().title().equals(title)).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitMatches(java.util.function.Predicate<List<Match>> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> condition.test(List.copyOf(window.views().compare().matches().getItems())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> titles(List<Match> matches) {
        return matches.stream().map(m -> m.unit().title()).toList();
    }

    private static boolean hasShared(StyleClassedTextArea area) {
        for (int i = 0; i < area.getLength(); i++) {
            if (area.getStyleOfChar(i).contains("shared")) {
                return true;
            }
        }
        return false;
    }
}
