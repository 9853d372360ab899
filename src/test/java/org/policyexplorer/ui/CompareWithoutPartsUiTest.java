package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.ui.compare.PartChoice;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A report with no review or plan: the 对照 tab says so and lets the user pick parts of any report. */
class CompareWithoutPartsUiTest extends WindowTest {
    @Override
    void prepare(AppContext store) {
        store.library().latestOrSeed();
        try {
            store.library().importBytes("一段没有标题的文字，讲的是天气。\n又一段文字，讲的是公园。"
                    .getBytes(StandardCharsets.UTF_8), "随笔.txt");
        } catch (org.policyexplorer.ingest.ImportRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    void afterOpen() throws Exception {
        robot.clickOn("#tab-compare");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void saysThereIsNoReviewAndOffersThePartsOfEveryReport() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () ->
                !robot.lookup("#compare-problem").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#compare-problem").queryAs(Label.class).getText()).contains("没有回顾部分");
        assertThat(window.views().compare().units().getItems()).isEmpty();

        var choices = window.views().compare().units().getScene() == null ? null : robot.lookup("#compare-review-part")
                .queryComboBox().getItems();
        assertThat(choices).extracting(Object::toString).contains("通州区2018年政府工作报告 › 2017年工作回顾",
                "通州区2018年政府工作报告 › 2018年工作安排");
        robot.interact(() -> {
            robot.lookup("#compare-review-part").<PartChoice>queryComboBox().getSelectionModel()
                    .select(find(choices, "› 2017年工作回顾"));
            robot.lookup("#compare-plan-part").<PartChoice>queryComboBox().getSelectionModel()
                    .select(find(choices, "› 2018年工作安排"));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.views().compare().units().getItems().size() == 12);
        assertThat(robot.lookup("#compare-problem").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void indicatorsSayThereAreNoMainTargetsInChinese() throws Exception {
        robot.clickOn("#tab-indicators");
        javafx.scene.control.TableView<?> main = robot.lookup("#main-targets").query();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.getItems()).isEmpty();
        assertThat(((Label) main.getPlaceholder()).getText()).contains("没有找到主要预期目标");
    }

    private static PartChoice find(java.util.List<?> choices, String suffix) {
        return choices.stream().map(PartChoice.class::cast).filter(c -> c.label().endsWith(suffix)).findFirst()
                .orElseThrow();
    }
}
