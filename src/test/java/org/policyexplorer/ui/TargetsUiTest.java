package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.indicators.TargetsTable;
import org.policyexplorer.ui.common.ChartImages;
import org.policyexplorer.ui.targets.TargetsView;
import org.testfx.util.WaitForAsyncUtils;

/** 目标 in the real window over several provincial reports: sorting by 地区生产总值, the chart, its PNG. */
class TargetsUiTest extends WindowTest {
    /** 地区生产总值 targets read from the texts: 西藏 l.40 7%以上, 海南 l.110 6%左右, 吉林 l.23 5%左右, 辽宁 l.29 4.5%左右. */
    private static final List<String> BY_GDP_ASCENDING = List.of("辽宁省", "吉林省", "海南省", "西藏自治区");

    @Override
    void prepare(AppContext store) {
        try {
            for (String name : List.of("report_jilin_2026.txt", "report_xizang_2026.txt", "report_liaoning_2026.txt",
                    "report_hainan_2026.txt")) {
                store.library().importBytes(TestReports.bytes("/corpus/" + name), name);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    void afterOpen() throws Exception {
        robot.clickOn("#tab-targets");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.views().targets().table().getItems().size() >= 4);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void sortingByTheGdpColumnOrdersTheProvincesByTheirTarget() {
        TargetsView view = window.views().targets();
        // the library is not empty, so the bundled report is not imported: four rows
        assertThat(view.table().getItems()).hasSize(4);
        Node header = robot.lookup("#targets-table .column-header").match(
                (Node n) -> n.getId() != null && n.getId().equals("targets-column-地区生产总值")).query();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<TargetsTable.Row, ?> gdp = view.table().getSortOrder().get(0);
        assertThat(gdp.getText()).isEqualTo("地区生产总值");
        List<String> places = view.table().getItems().stream().map(r -> r.report().place()).toList();
        assertThat(places).containsExactlyElementsOf(BY_GDP_ASCENDING);
        List<Double> values = view.table().getItems().stream().map(r -> r.target("地区生产总值"))
                .map(t -> t == null ? null : t.value()).toList();
        assertThat(values).doesNotContainNull().isSorted();
        assertThat(robot.lookup("#targets-table .table-cell").match(
                (javafx.scene.control.Labeled c) -> "增长7%以上".equals(c.getText())).tryQuery()).isPresent();

        robot.clickOn(header); // again: descending
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.table().getItems().get(0).report().place()).isEqualTo("西藏自治区");
    }

    @Test
    void theChartShowsABarPerPlaceAndSavesAsPng() throws Exception {
        TargetsView view = window.views().targets();
        assertThat(view.model().chartIndicatorProperty().get()).isEqualTo("地区生产总值");
        XYChart.Series<String, Number> series = view.chart().getData().get(0);
        assertThat(series.getData()).extracting(XYChart.Data::getXValue)
                .containsExactlyInAnyOrderElementsOf(BY_GDP_ASCENDING);
        // each bar drawn, taller for a higher target (the legend's symbol is a .chart-bar too: not counted)
        List<Node> bars = robot.lookup("#targets-chart .chart-bar").queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("bar-legend-symbol")).toList();
        assertThat(bars).hasSize(4);
        for (XYChart.Data<String, Number> d : series.getData()) {
            assertThat(d.getNode().isVisible()).isTrue();
            assertThat(d.getNode().getBoundsInParent().getHeight()).isPositive();
        }
        double xizang = series.getData().stream().filter(d -> d.getXValue().equals("西藏自治区")).findFirst()
                .orElseThrow().getNode().getBoundsInParent().getHeight();
        double liaoning = series.getData().stream().filter(d -> d.getXValue().equals("辽宁省")).findFirst()
                .orElseThrow().getNode().getBoundsInParent().getHeight();
        assertThat(xizang).isGreaterThan(liaoning);
        assertThat(view.chart().getTitle()).isEqualTo("目标：地区生产总值（%）");
        assertThat(view.chart().getYAxis().getLabel()).isEqualTo("%");

        Path png = dir.resolve("chart.png");
        CompletableFuture<Void> done = new CompletableFuture<>();
        robot.interact(() -> view.model().exportChart(ChartImages.snapshot(view.chart()), png,
                () -> done.complete(null), e -> done.completeExceptionally(new AssertionError(e))));
        done.get(10, TimeUnit.SECONDS);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo((int) Math.ceil(view.chart().getWidth()));
    }
}
