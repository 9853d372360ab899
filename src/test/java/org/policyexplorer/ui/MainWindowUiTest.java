package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Section;
import org.policyexplorer.ui.outline.OutlineEntry;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window over a temp store, driven as a user would drive it. */
class MainWindowUiTest extends WindowTest {
    @Test
    void showsTheSeedReportWithItsThreePartsInChinese() {
        assertThat(app.stage().getTitle()).isEqualTo("政策报告浏览器");
        List<String> labels = visibleTreeLabels();
        assertThat(labels.get(0)).isEqualTo("通州区2018年政府工作报告");
        assertThat(labels).contains("开篇", "2017年工作回顾", "2018年工作安排", "持续深入推进全面从严治政");
        assertThat(robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .contains("4 个部分").contains("11 章").contains("38 个专题");
    }

    @Test
    void selectingATopicShowsItsTextAndPathAndSurvivesARestart() throws Exception {
        // open chapter 一 of the review with the keyboard, then click its first topic
        robot.clickOn(treeCell("一、坚持调结构快转型,发展质态持续向好"));
        robot.type(KeyCode.RIGHT);
        robot.clickOn(treeCell("项目建设量质并举"));
        WaitForAsyncUtils.waitForFxEvents();

        String shown = window.reader().textArea().getText();
        assertThat(shown).startsWith("项目建设量质并举。落实“全挂钩”“大督查”机制").endsWith("增长10%。");
        Section selected = window.model().selectedSectionProperty().get();
        assertThat(selected.title()).isEqualTo("项目建设量质并举");
        assertThat(breadcrumbLabels()).containsExactly("通州区2018年政府工作报告", "2017年工作回顾",
                "一、坚持调结构快转型,发展质态持续向好", "项目建设量质并举");

        waitForBackgroundWork();
        restart();
        assertThat(window.model().selectedSectionProperty().get()).isNotNull()
                .extracting(Section::title).isEqualTo("项目建设量质并举");
        assertThat(window.reader().textArea().getText()).startsWith("项目建设量质并举。");
        assertThat(window.outline().getSelectionModel().getSelectedItem().getValue().label())
                .isEqualTo("项目建设量质并举");
    }

    @Test
    void clickingACrumbGoesUpThePath() {
        robot.clickOn(treeCell("2018年工作安排"));
        robot.type(KeyCode.DOWN, 4); // 总体要求 paragraphs are hidden: down lands on the chapters
        WaitForAsyncUtils.waitForFxEvents();
        OutlineEntry entry = window.outline().getSelectionModel().getSelectedItem().getValue();
        assertThat(entry.label()).startsWith("四、更加注重功能品质");
        robot.clickOn(robot.lookup(".crumb").match(n -> n.toString().contains("2018年工作安排")
                || labelOf(n).equals("2018年工作安排")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().selectedSectionProperty().get().title()).isEqualTo("2018年工作安排");
        assertThat(window.reader().textArea().getText()).startsWith("2018年工作安排\n2018年政府工作的总体要求是");
    }

    private void waitForBackgroundWork() throws Exception {
        // the last-section preference is written in the background; queue a marker behind it and wait
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        app.background.run(() -> null, v -> done.complete(null), done::completeExceptionally);
        done.get(5, TimeUnit.SECONDS);
    }

    private TreeCell<?> treeCell(String label) {
        return robot.lookup(".tree-cell").match((TreeCell<?> c) -> label.equals(c.getText())).query();
    }

    private List<String> visibleTreeLabels() {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getText() != null).sorted(java.util.Comparator.comparingInt(TreeCell::getIndex))
                .map(TreeCell::getText).toList();
    }

    private List<String> breadcrumbLabels() {
        return robot.lookup(".crumb").queryAll().stream().map(MainWindowUiTest::labelOf).toList();
    }

    private static String labelOf(Node node) {
        return node instanceof javafx.scene.control.Labeled labeled ? labeled.getText() : "";
    }
}
