package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.ui.search.HitPlace;
import org.policyexplorer.ui.search.SearchOutcome;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+F as an official uses it: type, see the hits everywhere, step with Enter, narrow the scope. */
class SearchUiTest extends WindowTest {
    @Test
    void typingShowsHitsInListTreeReaderAndStatusThenEnterSteps() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(window.searchBar().field().isFocused()).isTrue();
        robot.write("招商");
        int total = inSeed("招商");
        SearchOutcome outcome = awaitOutcome(total);

        assertThat(window.results().list().getItems()).hasSize((int) sectionsOfSeedWith("招商"));
        assertThat(robot.lookup("#status").queryAs(StatusBar.class).getText()).contains("招商").contains(total + " 处");
        assertThat(badgeOf("2018年工作安排")).isEqualTo(String.valueOf(inSeedPart(PartRole.PLAN, "招商")));
        assertThat(badgeOf("2017年工作回顾")).isEqualTo(String.valueOf(inSeedPart(PartRole.REVIEW, "招商")));
        // the reader shows the whole report: every occurrence is highlighted
        HitPlace first = outcome.places().get(0);
        var area = window.reader().textArea();
        assertThat(area.getStyleOfChar(first.occurrence().start() + 1)).contains("hit");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.search().currentProperty().get()).isZero();
        int shownOffset = window.reader().content().offset();
        assertThat(area.getStyleOfChar(first.occurrence().start() - shownOffset + 1)).contains("hit-current");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-position").queryAs(Label.class).getText()).isEqualTo("第 3 / " + total + " 处");
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.search().currentProperty().get()).isEqualTo(1);
    }

    @Test
    void scopeSwitchNarrowsTheResults() throws Exception {
        robot.clickOn("#search-field").write("招商");
        awaitOutcome(inSeed("招商"));
        robot.clickOn("#scope-review");
        awaitOutcome(inSeedPart(PartRole.REVIEW, "招商"));
        robot.clickOn("#scope-plan");
        awaitOutcome(inSeedPart(PartRole.PLAN, "招商"));
        robot.clickOn("#scope-all");
        awaitOutcome(inSeed("招商"));
    }

    @Test
    void clickingAResultOpensItsSectionAndFilteringHidesMisses() throws Exception {
        robot.clickOn("#search-field").write("河长制");
        awaitOutcome(inSeed("河长制"));
        robot.clickOn(robot.lookup("#search-hits .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        var selected = window.model().selectedSectionProperty().get();
        assertThat(selected).isNotNull();
        assertThat(window.reader().textArea().getText()).contains("河长制");
        robot.clickOn("#search-filter");
        WaitForAsyncUtils.waitForFxEvents();
        // 河长制 is in one review topic and one plan topic: the governance part has none and is hidden
        assertThat(robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getText() != null).map(TreeCell::getText).toList())
                .contains("2017年工作回顾", "2018年工作安排", "生态治理成效明显", "狠抓环境综合整治")
                .doesNotContain("持续深入推进全面从严治政", "开篇");
        robot.clickOn("#search-field").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.search().outcomeProperty().get().active()).isFalse();
        assertThat(window.results().isVisible() && window.results().getScene() != null
                && window.results().getParent() != null).isFalse();
    }

    @Test
    void searchingAllReportsNamesEachHitsReportAndOpensIt() throws Exception {
        long hailar = context.library().importBytes(org.policyexplorer.TestReports.bytes(
                "/corpus/report_hailar_2018.txt"), "hailar.txt").report().id();
        robot.clickOn("#search-all-reports");
        int inTheOpenReport = inSeed("招商");
        robot.clickOn("#search-field").write("招商");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () ->
                window.search().outcomeProperty().get().result().total() > inTheOpenReport);
        WaitForAsyncUtils.waitForFxEvents();
        SearchOutcome outcome = window.search().outcomeProperty().get();
        // stepping and tree counts stay with the open report
        assertThat(outcome.places()).hasSize(inTheOpenReport);
        var other = outcome.result().hits().stream().filter(h -> h.reportId() == hailar).findFirst().orElseThrow();
        assertThat(outcome.labelOf(other.sectionId())).startsWith("海拉尔区2018年政府工作报告 › ");
        robot.interact(() -> window.search().goTo(other));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () ->
                window.model().documentProperty().get().report().id() == hailar);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().selectedSectionProperty().get().id()).isEqualTo(other.sectionId());
        assertThat(window.reader().textArea().getText()).contains("招商");
    }

    /** Occurrences in the open (seed) report's text, counted here, not by the search. */
    private int inSeed(String term) {
        int count = TestReports.occurrences(seedDocument().text(), term);
        assertThat(count).as(term + " in the seed").isPositive();
        return count;
    }

    private int inSeedPart(PartRole role, String term) {
        ReportDocument doc = seedDocument();
        return doc.parts().stream().filter(p -> p.role() == role)
                .mapToInt(p -> TestReports.occurrences(doc.textOf(p), term)).sum();
    }

    /** The sections of the outline's last level whose text holds the term: one result row each. */
    private long sectionsOfSeedWith(String term) {
        ReportDocument doc = seedDocument();
        return doc.allSections().stream().filter(s -> s.children().isEmpty()).filter(s -> doc.textOf(s).contains(term))
                .count();
    }

    private ReportDocument seedDocument() {
        ReportDocument doc = window.model().documentProperty().get();
        assertThat(doc.report().place()).isEqualTo("通州区");
        return doc;
    }

    private SearchOutcome awaitOutcome(int total) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () ->
                window.search().outcomeProperty().get().result().total() == total);
        WaitForAsyncUtils.waitForFxEvents();
        return window.search().outcomeProperty().get();
    }

    private String badgeOf(String label) {
        TreeCell<?> cell = robot.lookup(".tree-cell").match((TreeCell<?> c) -> label.equals(c.getText())).query();
        // a part shows its role beside its hit count: the count is the badge
        return cell.getGraphic() == null ? null : cell.getGraphic().lookupAll(".hit-badge").stream()
                .map(n -> ((Label) n).getText()).findFirst().orElse(null);
    }
}
