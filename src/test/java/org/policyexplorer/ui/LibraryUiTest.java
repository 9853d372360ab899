package org.policyexplorer.ui;

import org.policyexplorer.library.PlanReviewPairs;
import org.policyexplorer.library.LibraryService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.indicators.TargetTracker;
import org.policyexplorer.ui.library.LibraryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 文库: two reports imported together with progress, both listed, switched between, and tracked. */
class LibraryUiTest extends WindowTest {
    @Override
    void afterOpen() throws Exception {
        robot.clickOn("#tab-library");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.views().libraryView().table().getItems().size() == 1);
    }

    @Test
    void importTwoFilesSeeProgressBothListedSwitchAndTrack() throws Exception {
        Path a = Files.write(dir.resolve("hailar-2017.txt"), TestReports.bytes("/corpus/report_hailar_2017.txt"));
        Path b = Files.write(dir.resolve("hailar-2018.txt"), TestReports.bytes("/corpus/report_hailar_2018.txt"));
        List<Double> progress = new ArrayList<>();
        robot.interact(() -> {
            window.library().importingProperty().addListener((obs, old, task) -> {
                if (task != null) {
                    task.progressProperty().addListener((o, x, p) -> progress.add(p.doubleValue()));
                }
            });
            window.library().importFiles(List.of(a, b)); // what dropping or choosing two files does
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.views().libraryView().table().getItems().size() == 3
                && window.library().importingProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress).contains(1.0);
        assertThat(window.views().libraryView().table().getItems()).extracting(r -> r.report().place())
                .containsExactly("通州区", "海拉尔区", "海拉尔区");
        assertThat(window.model().documentProperty().get().report().title()).isEqualTo("海拉尔区2018年政府工作报告");

        // switch: double-click the seed
        TableRow<?> seedRow = robot.lookup("#library-table .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof LibraryService.Entry row
                        && row.report().place().equals("通州区")).query();
        robot.doubleClickOn(seedRow);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () ->
                window.model().documentProperty().get().report().place().equals("通州区"));

        // the app proposes Hailar's 2017 plan against its 2018 review, and says what was met
        assertThat(window.library().trackablePairs()).hasSize(1);
        robot.clickOn(robot.lookup("#library-pairs .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.views().libraryView().tracking().getItems().isEmpty());
        assertThat(window.views().libraryView().tracking().getItems()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("社会消费品零售总额");
            assertThat(t.status()).isEqualTo(TargetTracker.Status.NOT_MET);
        });

        // and topic by topic: the compare tab opens on that plan and that review
        robot.clickOn("#library-compare-topics");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.views().compare().units().getItems().size() == 6);
        assertThat(window.views().pane().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-compare");
        assertThat(window.views().compare().units().getItems()).extracting(u -> u.title()).contains("发展质效持续提高");
    }

    @Test
    void deleteWithConfirmationThenUndo() throws Exception {
        robot.clickOn(robot.lookup("#library-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#library-delete");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.ENTER); // OK
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.views().libraryView().table().getItems().isEmpty());
        robot.clickOn("#library-undo");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.views().libraryView().table().getItems().size() == 1);
        int inTheText = org.policyexplorer.TestReports.occurrences(org.policyexplorer.TestReports.seed(), "招商");
        assertThat(inTheText).isPositive();
        assertThat(app.context.search().search("招商", org.policyexplorer.search.SearchScope.all(), 10,
                org.policyexplorer.search.SearchOrder.RANK).total()).as("index rebuilt on undo").isEqualTo(inTheText);
    }
}
