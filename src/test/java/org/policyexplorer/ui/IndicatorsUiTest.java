package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.indicators.IndicatorPair;
import org.policyexplorer.ui.indicators.IndicatorsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 指标: the pairs are listed; a click on a figure opens it, highlighted, in the reader. */
class IndicatorsUiTest extends WindowTest {
    @Override
    void afterOpen() throws Exception {
        robot.clickOn("#tab-indicators");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.views().indicators().pairs().getItems().size() >= 10);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void listsThePairsAndTheMainTargets() {
        assertThat(window.views().indicators().pairs().getItems()).extracting(IndicatorPair::name)
                .contains("固定资产投资", "全社会研发投入占GDP比重", "新开工亿元以上项目");
        assertThat(window.views().indicators().mainTargets().getItems()).hasSize(9);
        assertThat(robot.lookup(".column-header .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText)).contains("2017年结果", "2018年目标");
        assertThat(robot.lookup((TableCell<?, ?> c) -> "完成710亿元, 增长10%".equals(c.getText())).tryQuery()).isPresent();
    }

    @Test
    void clickingAFigureHighlightsItInTheReader() throws Exception {
        robot.clickOn(robot.lookup((TableCell<?, ?> c) -> "2.7%左右".equals(c.getText())).queryAs(TableCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.views().pane().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-reader");
        var area = window.reader().textArea();
        String shown = area.getText();
        int at = shown.indexOf("全社会研发投入占GDP比重2.7%左右");
        assertThat(at).isNotNegative();
        assertThat(area.getStyleOfChar(at + 15)).contains("focus");
        assertThat(area.getStyleOfChar(0)).doesNotContain("focus");
    }

    @Test
    void filterAndCsvExport() throws Exception {
        robot.clickOn("#indicators-filter").write("产学研");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.views().indicators().pairs().getItems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.name() + p.result().name()).contains("产学研"));
        Path csv = dir.resolve("out.csv");
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        IndicatorsViewModel vm = window.views().indicators().model();
        robot.interact(() -> vm.exportCsv(csv, () -> done.complete(null), e -> done.completeExceptionally(
                new AssertionError(e))));
        done.get(5, TimeUnit.SECONDS);
        String written = Files.readString(csv);
        assertThat(written).startsWith("\uFEFF指标,2017年结果,2018年目标,变化,出处").contains("产学研");
    }
}
