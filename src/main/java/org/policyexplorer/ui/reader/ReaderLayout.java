package org.policyexplorer.ui.reader;

import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/**
 * The section the reader shows, cut into blocks of whole lines, so that the reader holds a few blocks around
 * what is on screen instead of the whole text (a 20 MB report is 7 million characters; a screen shows two
 * thousand). Also the section's headings, in order, to style any range of it. Offsets are the report's.
 * Plain Java, so it is tested without a window.
 */
final class ReaderLayout {
    private final String text;
    private final int from;
    private final int to;
    /** The headings inside the section, in document order and disjoint: [start, end) and kind. */
    private final int[] headingStarts;
    private final int[] headingEnds;
    private final SectionKind[] headingKinds;
    /** Block i is [blockStarts[i], blockStarts[i + 1]); the last entry is {@link #to}. */
    private final int[] blockStarts;

    private ReaderLayout(String text, int from, int to, int[] headingStarts, int[] headingEnds,
                         SectionKind[] headingKinds, int[] blockStarts) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.headingStarts = headingStarts;
        this.headingEnds = headingEnds;
        this.headingKinds = headingKinds;
        this.blockStarts = blockStarts;
    }

    /** The section (null: the whole report) in blocks of about {@code blockChars}, cut where a line starts. */
    static ReaderLayout of(ReportDocument doc, Section section, int blockChars) {
        String text = doc.text();
        int from = section == null ? 0 : section.start();
        int to = section == null ? text.length() : section.end();
        List<Section> inside = new ArrayList<>();
        if (section == null) {
            doc.parts().forEach(p -> p.forEach(inside::add));
        } else {
            section.forEach(inside::add);
        }
        int n = 0;
        int[] starts = new int[inside.size()];
        int[] ends = new int[inside.size()];
        SectionKind[] kinds = new SectionKind[inside.size()];
        for (Section s : inside) {
            if (s.headingEnd() > s.start()) {
                starts[n] = s.start();
                ends[n] = s.headingEnd();
                kinds[n] = s.kind();
                n++;
            }
        }
        int[] headingStarts = java.util.Arrays.copyOf(starts, n);
        int[] headingEnds = java.util.Arrays.copyOf(ends, n);
        SectionKind[] headingKinds = java.util.Arrays.copyOf(kinds, n);
        return new ReaderLayout(text, from, to, headingStarts, headingEnds, headingKinds,
                blocks(text, from, to, blockChars, headingStarts, headingEnds));
    }

    /**
     * Block starts: a block ends at the first line start at least {@code blockChars} after its own start,
     * except inside a heading (a heading wrapped over two lines stays in one block, so it is styled whole).
     */
    private static int[] blocks(String text, int from, int to, int blockChars, int[] headingStarts, int[] headingEnds) {
        List<Integer> starts = new ArrayList<>();
        starts.add(from);
        int blockStart = from;
        int heading = 0;
        int at = from;
        while (true) {
            int newline = text.indexOf('\n', at);
            if (newline < 0 || newline + 1 >= to) {
                break;
            }
            int lineStart = newline + 1;
            at = lineStart;
            if (lineStart - blockStart < blockChars) {
                continue;
            }
            while (heading < headingEnds.length && headingEnds[heading] <= lineStart) {
                heading++;
            }
            boolean insideHeading = heading < headingStarts.length && headingStarts[heading] < lineStart;
            if (!insideHeading) {
                starts.add(lineStart);
                blockStart = lineStart;
            }
        }
        int[] out = new int[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            out[i] = starts.get(i);
        }
        out[starts.size()] = to;
        return out;
    }

    String text() {
        return text;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    int blockCount() {
        return blockStarts.length - 1;
    }

    int blockStart(int block) {
        return blockStarts[block];
    }

    int blockEnd(int block) {
        return blockStarts[block + 1];
    }

    /** The block holding this report offset (the section's end belongs to the last block). */
    int blockOf(int offset) {
        if (offset <= from) {
            return 0;
        }
        if (offset >= to) {
            return blockCount() - 1;
        }
        int i = java.util.Arrays.binarySearch(blockStarts, 0, blockCount(), offset);
        return i >= 0 ? i : -i - 2;
    }

    /** A heading (or lead sentence) span of the section, in report offsets, with its style class. */
    record Heading(int start, int end, String styleClass) {
    }

    /** The headings that overlap [start, end), in order, clipped to it. */
    List<Heading> headings(int start, int end) {
        List<Heading> out = new ArrayList<>();
        for (int i = firstHeadingEndingAfter(start); i < headingStarts.length && headingStarts[i] < end; i++) {
            out.add(new Heading(Math.max(start, headingStarts[i]), Math.min(end, headingEnds[i]),
                    "h-" + headingKinds[i].key()));
        }
        return out;
    }

    /**
     * The paragraph style of the line [lineStart, lineEnd): a line holding a part heading, or a chapter heading
     * that starts at or before the line (a heading wrapped over two lines: both), gets heading spacing; the rest
     * are body text.
     */
    String lineStyle(int lineStart, int lineEnd) {
        int end = Math.max(lineEnd, lineStart + 1);
        for (int i = firstHeadingEndingAfter(lineStart); i < headingStarts.length && headingStarts[i] < end; i++) {
            if (headingKinds[i] == SectionKind.PART) {
                return "p-part";
            }
            if (headingKinds[i] == SectionKind.CHAPTER && headingStarts[i] <= lineStart) {
                return "p-chapter";
            }
        }
        return "p-body";
    }

    /** Index of the first heading whose end is after {@code offset}. */
    private int firstHeadingEndingAfter(int offset) {
        int lo = 0;
        int hi = headingEnds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (headingEnds[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
