package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.policyexplorer.indicators.TargetsTable;
import org.policyexplorer.library.SampleLibrary;
import org.policyexplorer.trends.TermTable;
import org.policyexplorer.ui.trends.TrendsView;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample library in the real window: 趋势 with two terms gives the table and a line per term, a click on a
 * count opens that report's hits; 目标 sorts every report by its 地区生产总值 target.
 */
class TrendsUiTest extends WindowTest {
    @Test
    void importTheSamplesCountTwoTermsAndSortTheTargets() throws Exception {
        robot.clickOn(robot.lookup("#menu-bar .menu").nth(0).queryAs(Node.class)); // 文件
        robot.clickOn("#menu-import-samples");
        int all = SampleLibrary.bundled().samples().size() + 1; // and the bundled 通州区 report
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.library().importingProperty().get() == null
                && window.views().libraryView().table().getItems().size() == all);

        robot.clickOn("#tab-trends");
        WaitForAsyncUtils.waitForFxEvents();
        TrendsView view = window.views().trends();
        robot.interact(() -> view.model().termsTextProperty().set("营商环境，新质生产力"));
        robot.clickOn("#trends-count");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.table().getItems().size() == all);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trends-terms").queryAs(TextArea.class).getText()).contains("新质生产力");
        // each count is the search's in that report (TermCountsTest); here: the term of the 2020s is found
        assertThat(view.table().getItems().stream().mapToLong(r -> r.count("新质生产力")).sum()).isPositive();
        List<XYChart.Series<Number, Number>> lines = view.lineChart().getData();
        assertThat(lines).extracting(XYChart.Series::getName).containsExactly("营商环境", "新质生产力");
        assertThat(lines.get(0).getData()).hasSizeGreaterThan(5);
        assertThat(robot.lookup("#trends-line-chart .chart-series-line").queryAll()).hasSize(2);

        // a click on a count: the reader opens on that report with the term searched in it
        TermTable.Row row = view.table().getItems().stream().filter(r -> r.count("新质生产力") > 0).findFirst()
                .orElseThrow();
        robot.interact(() -> view.table().scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#trends-table .trends-count").match((javafx.scene.control.TableCell<?, ?> c) ->
                c.getTableRow() != null && c.getTableRow().getItem() == row && c.getTableColumn().getId() != null
                        && c.getTableColumn().getId().equals("trends-count-新质生产力")).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().documentProperty().get() != null
                && window.model().documentProperty().get().report().id() == row.report()
                && window.search().outcomeProperty().get().active());
        assertThat(window.search().queryProperty().get()).isEqualTo("新质生产力");
        assertThat(window.search().outcomeProperty().get().result().total()).isEqualTo((int) row.count("新质生产力"));

        robot.clickOn("#tab-targets");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.views().targets().table().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Node header = robot.lookup("#targets-table .column-header").match(
                (Node n) -> n.getId() != null && n.getId().equals("targets-column-地区生产总值")).query();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<TargetsTable.Row, ?> gdp = window.views().targets().table().getSortOrder().get(0);
        assertThat(gdp.getText()).isEqualTo("地区生产总值");
        List<Double> values = window.views().targets().table().getItems().stream()
                .map(r -> r.target("地区生产总值")).filter(t -> t != null && t.value() != null).map(t -> t.value())
                .toList();
        assertThat(values).hasSizeGreaterThanOrEqualTo(18).isSorted();
    }
}
