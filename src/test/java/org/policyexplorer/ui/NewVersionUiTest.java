package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Importing a new version of a report in the window offers to carry its annotations over. */
class NewVersionUiTest extends WindowTest {
    private ReportDocument seed;

    @Override
    void prepare(AppContext store) {
        seed = store.library().load(store.library().latestOrSeed().id()).orElseThrow();
        try {
            store.annotations().createByQuote(seed, "河长制", 1, "制度", List.of("生态"), null);
        } catch (org.policyexplorer.annotate.AnnotationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void annotationsMoveToTheNewVersionWhenTheUserAgrees() throws Exception {
        Path revised = Files.writeString(dir.resolve("tongzhou-revised.txt"),
                TestReports.seed().replace("2017年工作回顾\n", "2017年工作回顾\n（修订稿增加的一段说明文字。）\n"));
        robot.interact(() -> window.model().importFile(revised));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        robot.type(KeyCode.ENTER); // yes
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.annotations().all().size() == 1);
        Annotation moved = window.annotations().all().get(0);
        ReportDocument shown = window.model().documentProperty().get();
        assertThat(shown.report().id()).isNotEqualTo(seed.report().id());
        assertThat(moved.reportId()).isEqualTo(shown.report().id());
        assertThat(shown.text().substring(moved.start(), moved.end())).isEqualTo("河长制");
        assertThat(context.annotations().list(seed.report().id(), null)).isEmpty();
    }
}
