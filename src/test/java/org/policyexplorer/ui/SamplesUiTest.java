package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.library.SampleLibrary;
import org.testfx.util.WaitForAsyncUtils;

/** 文件 › 导入示例文库 fills the library with progress; a level facet then narrows the list, and clearing widens it. */
class SamplesUiTest extends WindowTest {
    @Test
    void importTheSamplesFromTheMenuThenNarrowTheListToOneLevel() throws Exception {
        List<Double> progress = new CopyOnWriteArrayList<>();
        robot.interact(() -> window.library().importingProperty().addListener((obs, old, task) -> {
            if (task != null) {
                task.progressProperty().addListener((o, x, p) -> progress.add(p.doubleValue()));
            }
        }));
        robot.clickOn(robot.lookup("#menu-bar .menu").nth(0).queryAs(Node.class)); // 文件
        robot.clickOn("#menu-import-samples");
        int all = SampleLibrary.bundled().samples().size() + 1; // and the bundled 通州区 report
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.library().importingProperty().get() == null
                && window.views().libraryView().table().getItems().size() == all);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.views().pane().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-library");
        assertThat(progress).as("progress went from the first sample to the last").contains(1.0)
                .anyMatch(p -> p > 0 && p < 1);
        assertThat(robot.lookup("#facet-shown").queryAs(Label.class).getText()).isEqualTo("显示 " + all + " / " + all
                + " 份报告");

        long national = SampleLibrary.bundled().samples().stream()
                .filter(s -> s.reportLevel() == ReportLevel.NATIONAL).count();
        robot.clickOn("#facet-level");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> ("全国（" + national + "）")
                .equals(c.getText())).queryAs(ListCell.class));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () ->
                window.views().libraryView().table().getItems().size() == national);
        assertThat(window.views().libraryView().table().getItems())
                .allSatisfy(r -> assertThat(r.report().level()).isEqualTo(ReportLevel.NATIONAL));
        assertThat(window.model().facets().filter().levels()).containsExactly(ReportLevel.NATIONAL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#facet-shown").queryAs(Label.class).getText()).isEqualTo("显示 " + national + " / "
                + all + " 份报告");

        robot.clickOn("#facet-clear");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.views().libraryView().table().getItems().size() == all);
        assertThat(window.model().facets().filter().isAll()).isTrue();
    }
}
