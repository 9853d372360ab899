package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.CodeMatrix;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.ui.annotations.CodeMatrixViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A researcher opens 编码 × 报告, sees the codes of the library (a sub-tag indented under its parent) with their
 * counts, clicks a cell, and clicks one of its passages to read it in the report.
 */
class CodeMatrixUiTest extends WindowTest {
    @Override
    void prepare(AppContext store) {
        try {
            ReportDocument seed = store.library().document(store.library().latestOrSeed().id());
            store.annotations().createByQuote(seed, "河长制", 1, "制度", List.of("河长制"), null);
            store.annotations().createByQuote(seed, "招商", 1, "", List.of("生态"), null);
            store.tags().move("河长制", "生态");
        } catch (AnnotationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCellListsItsPassagesAndAPassageOpensInTheReader() throws Exception {
        robot.clickOn("#tab-annotations");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#annotations-matrix-tab");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CodeMatrix.Row> table = robot.lookup("#matrix-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(CodeMatrix.Row::path).containsExactly("生态", "生态 › 河长制");
        assertThat(table.getColumns()).hasSize(3); // code, the one report, total

        robot.clickOn("#matrix-roll-up");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().get(0).total() == 2);
        // the report's cell of 生态, rolled up: its own passage and 河长制's
        WaitForAsyncUtils.asyncFx(() -> {
            table.getFocusModel().focus(0, table.getColumns().get(1));
            table.getSelectionModel().select(0, table.getColumns().get(1));
        }).get();
        ListView<CodeMatrixViewModel.Passage> passages = robot.lookup("#matrix-passages").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> passages.getItems().size() == 2);
        CodeMatrixViewModel.Passage river = passages.getItems().stream()
                .filter(p -> p.annotation().exact().equals("河长制")).findFirst().orElseThrow();
        // the list lays its cells out on the next pulse: wait for the one that shows the passage
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> cell = () -> robot
                .lookup("#matrix-passages .list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && river.equals(c.getItem())).findFirst();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cell.get().isPresent());
        robot.clickOn(cell.get().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        var area = window.reader().textArea();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "河长制".equals(area.getSelectedText())
                || area.isVisible() && area.getText().contains("河长制"));
        assertThat(area.isVisible()).isTrue();
        int[] focus = window.model().focusProperty().get();
        assertThat(focus).containsExactly(river.annotation().start(), river.annotation().end());
    }
}
