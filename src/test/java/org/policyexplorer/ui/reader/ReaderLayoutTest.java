package org.policyexplorer.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.bench.LargeReport;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** How the reader cuts a section into blocks, and what any run of blocks shows. */
class ReaderLayoutTest {
    @TempDir
    Path dir;

    private ReportDocument imported(String text) throws Exception {
        try (Database db = Database.open(dir.resolve("r.db"))) {
            ReportRepository reports = new ReportRepository(db);
            long id = new ReportImporter(reports).importBytes(text.getBytes(StandardCharsets.UTF_8), "r.txt")
                    .report().id();
            return reports.load(id).orElseThrow();
        }
    }

    @Test
    void blocksAreWholeLinesThatCoverTheSectionAndNeverCutAHeading() throws Exception {
        ReportDocument doc = imported(LargeReport.ofBytes(600_000));
        String text = doc.text();
        ReaderLayout layout = ReaderLayout.of(doc, null, ReaderView.BLOCK_CHARS);
        assertThat(layout.blockCount()).isGreaterThan(40);
        assertThat(layout.blockStart(0)).isZero();
        assertThat(layout.blockEnd(layout.blockCount() - 1)).isEqualTo(text.length());
        for (int i = 0; i < layout.blockCount(); i++) {
            int start = layout.blockStart(i);
            assertThat(start == 0 || text.charAt(start - 1) == '\n').as("block %d starts a line", i).isTrue();
            if (i + 1 < layout.blockCount()) {
                assertThat(layout.blockEnd(i)).isEqualTo(layout.blockStart(i + 1));
                assertThat(layout.blockEnd(i) - start).isGreaterThanOrEqualTo(ReaderView.BLOCK_CHARS);
            }
            assertThat(layout.blockOf(start)).isEqualTo(i);
            assertThat(layout.blockOf(layout.blockEnd(i) - 1)).isEqualTo(i);
        }
        for (Section s : doc.allSections()) {
            for (int i = 1; i < layout.blockCount(); i++) {
                int cut = layout.blockStart(i);
                assertThat(s.start() < cut && cut < s.headingEnd()).as("a cut inside the heading of %s", s.title())
                        .isFalse();
            }
        }
    }

    @Test
    void anyRunOfBlocksShowsWhatTheWholeSectionShowsThere() throws Exception {
        ReportDocument doc = imported(LargeReport.ofBytes(300_000));
        ReaderLayout layout = ReaderLayout.of(doc, null, ReaderView.BLOCK_CHARS);
        ReaderContent whole = ReaderContent.of(layout, layout.from(), layout.to());
        assertThat(whole.text()).isEqualTo(doc.text());
        assertThat(whole.lineStyles()).contains("p-part", "p-chapter", "p-body");
        List<String> wholeLines = List.of(whole.text().split("\n", -1));
        int blocks = layout.blockCount();
        for (int first : new int[] {0, 1, blocks / 2, blocks - 3}) {
            int from = layout.blockStart(first);
            int to = layout.blockEnd(first + 2);
            ReaderContent part = ReaderContent.of(layout, from, to);
            assertThat(part.offset()).isEqualTo(from);
            assertThat(part.text()).isEqualTo(doc.text().substring(from, to));
            int firstLine = (int) doc.text().substring(0, from).chars().filter(c -> c == '\n').count();
            List<String> lines = List.of(part.text().split("\n", -1));
            // the last, empty line after a block's final line break is the next block's first: compare those before it
            int full = to == doc.text().length() ? lines.size() : lines.size() - 1;
            assertThat(part.lineStyles().subList(0, full))
                    .isEqualTo(whole.lineStyles().subList(firstLine, firstLine + full));
            assertThat(lines.subList(0, full)).isEqualTo(wholeLines.subList(firstLine, firstLine + full));
            assertThat(part.headings()).isEqualTo(whole.headings().stream()
                    .filter(h -> h.start() >= from && h.end() <= to)
                    .map(h -> new ReaderContent.Span(h.start() - from, h.end() - from, h.styleClass())).toList());
        }
    }

    @Test
    void theSeedIsHeldWholeAndAChapterIsItsOwnSpan() throws Exception {
        ReportDocument doc = imported(TestReports.seed());
        ReaderLayout report = ReaderLayout.of(doc, null, ReaderView.BLOCK_CHARS);
        assertThat(report.blockCount()).isLessThanOrEqualTo(ReaderView.MAX_BLOCKS);
        Section chapter = doc.parts().get(1).children().stream()
                .filter(s -> s.kind() == org.policyexplorer.domain.SectionKind.CHAPTER).findFirst().orElseThrow();
        ReaderLayout one = ReaderLayout.of(doc, chapter, ReaderView.BLOCK_CHARS);
        ReaderContent shown = ReaderContent.of(one, one.blockStart(0), one.blockEnd(one.blockCount() - 1));
        assertThat(shown.offset()).isEqualTo(chapter.start());
        assertThat(shown.text()).isEqualTo(doc.textOf(chapter)).startsWith("一、坚持调结构快转型,\n发展质态持续向好");
        // the chapter heading wrapped over two lines: both lines are the heading, the topic after it is body text
        assertThat(shown.lineStyles().subList(0, 3)).containsExactly("p-chapter", "p-chapter", "p-body");
        assertThat(shown.headings().get(0)).isEqualTo(new ReaderContent.Span(0,
                "一、坚持调结构快转型,\n发展质态持续向好".length(), "h-chapter"));
    }
}
