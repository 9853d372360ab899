package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;
import org.policyexplorer.library.LibraryService;
import org.testfx.util.WaitForAsyncUtils;

/** 文库 shows where each report came from: a Word file and a PDF dropped on the window are listed as such. */
class FormatsUiTest extends WindowTest {
    @Override
    void afterOpen() throws Exception {
        robot.clickOn("#tab-library");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.views().libraryView().table().getItems().size() == 1);
    }

    @Test
    void theLibraryListsEachReportsSourceFormat() throws Exception {
        Path docx = Files.write(dir.resolve("徐水2012.docx"), TestReports.bytes("/formats/report_county_xushui_2012.docx"));
        Path pdf = Files.write(dir.resolve("河北2026.pdf"), TestReports.bytes("/formats/report_hebei_2026.pdf"));
        robot.interact(() -> window.library().importFiles(List.of(docx, pdf))); // what dropping two files does
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.views().libraryView().table().getItems().size() == 3
                && window.library().importingProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableColumn<LibraryService.Entry, String> format = (TableColumn<LibraryService.Entry, String>)
                window.views().libraryView().table().getColumns().stream()
                        .filter(c -> "library-column-format".equals(c.getId())).findFirst().orElseThrow();
        assertThat(format.getText()).isEqualTo("来源格式");
        assertThat(window.views().libraryView().table().getItems()).extracting(
                r -> r.report().place() + " " + format.getCellObservableValue(r).getValue())
                .containsExactly("通州区 文本", "徐水县 Word（.docx）", "河北省 PDF");
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).contains("Word（.docx）", "PDF");
    }
}
