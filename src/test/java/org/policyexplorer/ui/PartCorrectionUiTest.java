package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.Test;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Section;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Correcting a part's role from the outline's context menu: 对照 follows at once, and the correction is
 * still there after a restart.
 */
class PartCorrectionUiTest extends WindowTest {
    private static final String PLAN_HEADING = "2018年工作安排";

    @Override
    void afterOpen() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.model().documentProperty().get() != null);
    }

    private Section part(String title) {
        return window.model().documentProperty().get().parts().stream()
                .filter(p -> title.equals(p.title())).findFirst().orElseThrow();
    }

    private Node cellOf(String title) {
        return robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getItem() != null
                && c.getText() != null && c.getText().endsWith(title)).query();
    }

    @Test
    void aCorrectionInTheTreeChangesTheComparisonAtOnceAndSurvivesARestart() throws Exception {
        robot.clickOn("#tab-compare");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.views().compare().units().getItems().isEmpty());
        assertThat(part(PLAN_HEADING).role()).isEqualTo(PartRole.PLAN);
        assertThat(robot.lookup(".part-role").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("安排 · 2018", "回顾 · 2017");

        // the cell's context menu, as a right click opens it (Monocle sends no context-menu event for a click)
        TreeCell<?> cell = (TreeCell<?>) cellOf(PLAN_HEADING);
        robot.clickOn(cell);
        robot.interact(() -> cell.getContextMenu().show(cell, javafx.geometry.Side.BOTTOM, 0, 0));
        robot.clickOn("更正此部分的角色和年份…");
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<PartRole> role = robot.lookup("#part-role-choice").query();
        TextField year = robot.lookup("#part-year-field").query();
        robot.interact(() -> {
            role.setValue(PartRole.OTHER);
            year.setText("");
        });
        DialogPane dialog = robot.lookup(".dialog-pane").query();
        robot.clickOn(dialog.lookupButton(ButtonType.OK));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> part(PLAN_HEADING).role() == PartRole.OTHER);
        // 对照 follows at once: this report no longer has a plan part to set beside its review
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#compare-problem").queryLabeled().getText().contains("安排"));
        assertThat(part(PLAN_HEADING).year()).isNull();

        restart();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.model().documentProperty().get() != null);
        assertThat(part(PLAN_HEADING).role()).isEqualTo(PartRole.OTHER);
        assertThat(context.library().parts(window.model().documentProperty().get().report().id()))
                .filteredOn(p -> PLAN_HEADING.equals(p.title())).singleElement()
                .satisfies(p -> assertThat(p.corrected()).isTrue());
        robot.clickOn("#tab-compare");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#compare-problem").queryLabeled().getText().contains("安排"));
    }
}
