package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.compare.CompareUnit;
import org.policyexplorer.domain.Indicator;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A provincial 2026 report in the window: 对照 sets the 2025 review beside the 2026 plan (not the 十五五 part),
 * every review unit has matches, and 指标 lists the year's main targets.
 */
class ProvincialReportUiTest extends WindowTest {
    @Override
    void prepare(AppContext store) {
        try {
            store.library().importBytes(TestReports.bytes("/corpus/report_chongqing_2026.txt"), "重庆.txt");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    void afterOpen() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.model().documentProperty().get() != null);
        if (!window.model().documentProperty().get().report().title().startsWith("重庆")) {
            long id = context.library().list().stream().filter(r -> r.title().startsWith("重庆")).findFirst()
                    .orElseThrow().id();
            robot.interact(() -> window.model().openReport(id));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> window.model().documentProperty().get().report().title().startsWith("重庆"));
        }
    }

    @Test
    void theReviewOfLastYearIsSetBesideThisYearsPlanWithMatchesForEveryUnit() throws Exception {
        robot.clickOn("#tab-compare");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.views().compare().units().getItems().isEmpty());
        var alignment = window.views().compare().units().getItems();
        assertThat(robot.lookup("#compare-review-part").queryAs(javafx.scene.control.ComboBox.class).getValue().toString())
                .contains("2025年和“十四五”时期工作回顾");
        assertThat(robot.lookup("#compare-plan-part").queryAs(javafx.scene.control.ComboBox.class).getValue().toString())
                .contains("2026年工作安排");
        assertThat(alignment).hasSize(9);
        for (CompareUnit unit : alignment) {
            robot.interact(() -> window.views().compare().units().getSelectionModel().select(unit));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.views().compare().matches().getItems()).as(unit.title()).isNotEmpty();
        }
    }

    @Test
    void indicatorsListTheYearsMainTargets() throws Exception {
        robot.clickOn("#tab-indicators");
        TableView<Indicator> main = robot.lookup("#main-targets").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !main.getItems().isEmpty());
        assertThat(main.getItems()).extracting(Indicator::name).contains("地区生产总值", "城镇新增就业");
        assertThat(main.getItems()).filteredOn(i -> i.name().equals("地区生产总值")).first()
                .satisfies(i -> assertThat(i.figure()).isEqualTo("增长5%以上"));
        assertThat(main.getItems()).hasSize(9);
        assertThat(((Label) main.getPlaceholder()).getText()).doesNotContainPattern("[A-Za-z]{3,}");
    }
}
