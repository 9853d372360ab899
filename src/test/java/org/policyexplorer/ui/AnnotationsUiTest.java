package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Annotation;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A researcher selects a passage, annotates it with a note and a tag, and finds it again after a restart. */
class AnnotationsUiTest extends WindowTest {
    private static final String PASSAGE = "第一部分是2017年工作回顾";
    @Test
    void selectAnnotateSeeHighlightAndListThenRestart() throws Exception {
        var area = window.reader().textArea();
        int from = area.getText().indexOf(PASSAGE);
        assertThat(from).isPositive();
        int to = from + PASSAGE.length();
        // select the passage with the mouse, as a reader does
        Bounds start = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(from, from + 1).orElseThrow()).get();
        Bounds end = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(to - 1, to).orElseThrow()).get();
        robot.drag(new Point2D(start.getMinX() + 1, start.getCenterY()), MouseButton.PRIMARY)
                .dropTo(new Point2D(end.getMaxX() - 1, end.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo(PASSAGE);

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#annotation-note").write("报告的结构");
        robot.clickOn("#annotation-tags").write("结构");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.annotations().all().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        Annotation a = window.annotations().all().get(0);
        assertThat(a.exact()).isEqualTo(PASSAGE);
        assertThat(a.note()).isEqualTo("报告的结构");
        assertThat(a.tags()).containsExactly("结构");
        assertThat(area.getStyleOfChar(from + 3)).contains("anno-yellow");

        robot.clickOn("#tab-annotations");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#annotations-table").<Annotation>queryTableView().getItems())
                .extracting(Annotation::exact).containsExactly(PASSAGE);

        restart();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.annotations().all().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        var again = window.reader().textArea();
        assertThat(again.getStyleOfChar(again.getText().indexOf(PASSAGE) + 3)).contains("anno-yellow");
        robot.clickOn("#tab-annotations");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#annotations-table").<Annotation>queryTableView().getItems())
                .extracting(Annotation::note).containsExactly("报告的结构");
    }

    @Test
    void annotatingNothingSaysSoAndSavesNothing() throws Exception {
        robot.clickOn(window.reader().textArea());
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Label l && l.getText().contains("请先选中文字"))).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(window.annotations().all()).isEmpty();
    }
}
