package org.policyexplorer.ui;

import org.policyexplorer.ui.window.MainWindow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.bench.LargeReport;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;
import org.policyexplorer.ui.reader.ReaderContent;
import org.policyexplorer.ui.search.HitPlace;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A report far larger than any real one (2 MB, 700,000 characters) in the window: the reader holds only part of
 * it, yet what it holds is always the report's text at the offsets it says, and the outline, a search hit, an
 * annotation, a selection and scrolling all reach the end of the report right.
 */
class LargeReportUiTest extends WindowTest {
    private static final long BYTES = 2_000_000;
    /** The end of the report's last line: where the annotation is made before the window opens. */
    private static final int QUOTE = 12;

    @Override
    void prepare(AppContext store) {
        try {
            long id = store.library().importBytes(LargeReport.ofBytes(BYTES).getBytes(StandardCharsets.UTF_8),
                    "large.txt").report().id();
            ReportDocument doc = store.library().load(id).orElseThrow();
            int end = doc.text().length();
            store.annotations().create(doc, end - QUOTE, end, "报告的结尾", List.of("结尾"), "#81c784");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    void afterOpen() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().documentProperty().get() != null
                && window.annotations().all().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ReportDocument doc() {
        return window.model().documentProperty().get();
    }

    private StyleClassedTextArea area() {
        return window.reader().textArea();
    }

    /** The area holds exactly the report's text from the offset it gives. */
    private ReaderContent assertHoldsTheReportsText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ReaderContent shown = window.reader().content();
            assertThat(area().getText()).isEqualTo(shown.text())
                    .isEqualTo(doc().text().substring(shown.offset(), shown.end()));
            return shown;
        }).get();
    }

    @Test
    void theReaderHoldsPartOfTheReportAndScrollingMovesItSmoothlyToTheEnd() throws Exception {
        assertThat(window.model().selectedSectionProperty().get()).as("the whole report is open").isNull();
        ReaderContent first = assertHoldsTheReportsText();
        int length = doc().text().length();
        assertThat(first.offset()).isZero();
        assertThat(first.text().length()).as("held of %d", length).isLessThan(length / 8);

        // near the end of what is held, scroll down in small steps: each time the window moves on, what is on
        // screen stays where it was (the first line on screen moves on by at most the few lines scrolled)
        robot.clickOn(area());
        robot.interact(() -> area().showParagraphAtTop(area().getParagraphs().size() - 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.reader().content().offset()).as("not moved yet").isZero();
        int moves = scrollUntilTheWindowMoves(80, 3);
        assertThat(moves).as("the window moved on").isEqualTo(3);
        ReaderContent moved = assertHoldsTheReportsText();
        assertThat(moved.offset()).isPositive();
        assertThat(moved.text().length()).isLessThan(length / 8);
        assertLineStyles();

        // and back up: near the start of what is held, the window moves back, again without a jump
        robot.interact(() -> area().showParagraphAtTop(30));
        WaitForAsyncUtils.waitForFxEvents();
        int offset = window.reader().content().offset();
        assertThat(scrollUntilTheWindowMoves(-80, 1)).isEqualTo(1);
        assertThat(assertHoldsTheReportsText().offset()).isLessThan(offset);

        // Ctrl+End goes to the end of the report, not of the window; Ctrl+Home back to its start
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(assertHoldsTheReportsText().end()).isEqualTo(length);
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(assertHoldsTheReportsText().offset()).isZero();
    }

    @Test
    void theOutlineASearchHitAnAnnotationAndASelectionAtTheEndShowTheRightText() throws Exception {
        String lastLine = doc().text().substring(doc().text().lastIndexOf('\n') + 1);
        // a search hit in the report's last line: Shift+F3 from the report's start goes back to the last hit
        String query = lastLine.substring(0, 6);
        robot.clickOn("#search-field").write(query);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.search().outcomeProperty().get().active()
                && window.search().outcomeProperty().get().places().size() > 1);
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        HitPlace hit = window.search().currentPlace();
        assertThat(hit.occurrence().start()).isEqualTo(doc().text().lastIndexOf(query));
        ReaderContent atHit = assertHoldsTheReportsText();
        int local = hit.occurrence().start() - atHit.offset();
        assertThat(area().getText(local, local + query.length())).isEqualTo(query);
        assertThat(area().getStyleOfChar(local + 1)).contains("hit-current");
        robot.interact(window.search()::clear); // 编辑 › 清除搜索
        WaitForAsyncUtils.waitForFxEvents();

        // the outline: End goes to its last row, the report's last chapter, shown whole at its offsets; Left
        // goes up to its part, larger than the window, which opens at its start
        Section last = doc().parts().get(doc().parts().size() - 1);
        Section lastChapter = last.children().get(last.children().size() - 1);
        assertThat(last.kind()).isEqualTo(SectionKind.PART);
        assertThat(lastChapter.kind()).isEqualTo(SectionKind.CHAPTER);
        robot.interact(() -> window.outline().scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) -> c.getIndex() == 1)
                .queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().selectedSectionProperty().get().id()).isEqualTo(lastChapter.id());
        ReaderContent chapter = assertHoldsTheReportsText();
        assertThat(chapter.offset()).isEqualTo(lastChapter.start());
        assertThat(chapter.end()).isEqualTo(lastChapter.end());
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().selectedSectionProperty().get().id()).isEqualTo(last.id());
        ReaderContent part = assertHoldsTheReportsText();
        assertThat(part.offset()).isEqualTo(last.start());
        assertThat(part.end()).isLessThan(last.end());
        assertThat(area().getParagraph(0).getParagraphStyle()).containsExactly("p-part");

        // the annotation on the report's last characters, opened from the 批注 tab
        robot.clickOn("#tab-annotations");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#annotations-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> window.views().pane().getSelectionModel().getSelectedItem().getId().equals("tab-reader"));
        WaitForAsyncUtils.waitForFxEvents();
        int end = doc().text().length();
        ReaderContent atNote = assertHoldsTheReportsText();
        assertThat(atNote.end()).isEqualTo(end);
        int noteAt = end - QUOTE - atNote.offset();
        assertThat(area().getText(noteAt, noteAt + QUOTE)).isEqualTo(lastLine.substring(lastLine.length() - QUOTE));
        assertThat(area().getStyleOfChar(noteAt + 1)).contains("anno-green", "focus");
        assertThat(area().getStyleOfChar(noteAt - 1)).doesNotContain("anno-green");

        // a selection there is the report's text at its offsets, and is copied with where it is from
        robot.interact(() -> area().selectRange(noteAt, noteAt + QUOTE));
        int[] range = window.reader().selectedRange();
        assertThat(range).containsExactly(end - QUOTE, end);
        robot.interact(window::copyWithCitation);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith(doc().text().substring(end - QUOTE) + "（" + doc().report().title() + " › ")
                .contains(last.title());
    }

    /**
     * Scrolls by {@code pixels} at a time until the window has moved {@code times} times (or 300 steps), checking
     * at each step that the first line on screen moved the right way by at most three lines; the moves seen.
     */
    private int scrollUntilTheWindowMoves(int pixels, int times) throws Exception {
        int moves = 0;
        for (int step = 0; step < 300 && moves < times; step++) {
            int offsetBefore = window.reader().content().offset();
            int topBefore = topOffset();
            robot.interact(() -> area().scrollYBy(pixels));
            WaitForAsyncUtils.waitForFxEvents();
            int topAfter = topOffset();
            int from = Math.min(topBefore, topAfter);
            int to = Math.max(topBefore, topAfter);
            assertThat(pixels > 0 ? topAfter >= topBefore : topAfter <= topBefore)
                    .as("the first line on screen after scrolling %d px, %d → %d", pixels, topBefore, topAfter).isTrue();
            assertThat(doc().text().substring(from, to).chars().filter(c -> c == '\n').count())
                    .as("lines the first line on screen moved by scrolling %d px", pixels).isLessThanOrEqualTo(3);
            if (window.reader().content().offset() != offsetBefore) {
                moves++;
            }
        }
        return moves;
    }

    /** The report offset of the first line on screen. */
    private int topOffset() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.reader().content().offset()
                + area().getAbsolutePosition(area().visibleParToAllParIndex(0), 0)).get();
    }

    /** Lines where a chapter starts have heading spacing, lines where a topic or paragraph starts have none. */
    private void assertLineStyles() throws Exception {
        java.util.Map<Integer, SectionKind> starting = new java.util.HashMap<>();
        doc().allSections().forEach(s -> starting.putIfAbsent(s.start(), s.kind()));
        List<String> wrong = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new java.util.ArrayList<>();
            int offset = window.reader().content().offset();
            for (int i = 0; i < area().getParagraphs().size(); i++) {
                SectionKind kind = starting.get(offset + area().getAbsolutePosition(i, 0));
                String style = String.join(" ", area().getParagraph(i).getParagraphStyle());
                String expected = kind == SectionKind.CHAPTER ? "p-chapter" : kind == SectionKind.PART ? "p-part"
                        : kind == null ? style : "p-body";
                if (!style.equals(expected)) {
                    out.add(i + ": " + style + " for a " + kind);
                }
            }
            return out;
        }).get();
        assertThat(wrong).isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> area().getParagraphs().stream()
                .anyMatch(p -> p.getParagraphStyle().contains("p-chapter"))).get()).isTrue();
    }
}
