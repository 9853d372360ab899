package org.policyexplorer.ui.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reader holds now: a span of the report's text (the open section, or the part of it around what is
 * on screen), so a reader offset plus {@link #offset()} is a report offset; the heading spans to style, in
 * offsets of this text; and a style for each line. Plain Java, so it is tested without a window.
 */
public record ReaderContent(String text, int offset, List<Span> headings, List<String> lineStyles) {

    /** A styled range of the shown text. */
    public record Span(int start, int end, String styleClass) {
    }

    /** The report's text [from, to) of the layout's section; {@code from} and {@code to} end lines or blocks. */
    static ReaderContent of(ReaderLayout layout, int from, int to) {
        String text = layout.text().substring(from, to);
        List<Span> spans = new ArrayList<>();
        for (ReaderLayout.Heading h : layout.headings(from, to)) {
            spans.add(new Span(h.start() - from, h.end() - from, h.styleClass()));
        }
        List<String> styles = new ArrayList<>();
        int lineStart = 0;
        while (true) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            styles.add(layout.lineStyle(from + lineStart, from + end));
            if (lineEnd < 0) {
                return new ReaderContent(text, from, spans, styles);
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Where the shown text ends, in report offsets. */
    public int end() {
        return offset + text.length();
    }
}
