package org.policyexplorer.ui.reader;

import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/**
 * What the reader shows for a selection: the section's own span of the report text (so a reader offset plus
 * {@link #offset()} is a report offset), the heading spans to style, and a style for each line.
 * Plain Java, so it is tested without a window.
 */
public record ReaderContent(String text, int offset, List<Span> headings, List<String> lineStyles) {

    /** A styled range of the shown text. */
    public record Span(int start, int end, String styleClass) {
    }

    public static ReaderContent of(ReportDocument doc, Section section) {
        int from = section == null ? 0 : section.start();
        int to = section == null ? doc.text().length() : section.end();
        String text = doc.text().substring(from, to);
        List<Section> inside = new ArrayList<>();
        if (section == null) {
            doc.parts().forEach(p -> p.forEach(inside::add));
        } else {
            section.forEach(inside::add);
        }
        List<Span> spans = new ArrayList<>();
        for (Section s : inside) {
            if (s.headingEnd() > s.start()) {
                spans.add(new Span(s.start() - from, s.headingEnd() - from, "h-" + s.kind().key()));
            }
        }
        return new ReaderContent(text, from, spans, lineStyles(text, spans));
    }

    /** Lines that hold a part or chapter heading get heading spacing; the rest are body paragraphs. */
    private static List<String> lineStyles(String text, List<Span> spans) {
        List<String> styles = new ArrayList<>();
        int lineStart = 0;
        while (true) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            styles.add(styleOfLine(lineStart, end, spans));
            if (lineEnd < 0) {
                return styles;
            }
            lineStart = lineEnd + 1;
        }
    }

    private static String styleOfLine(int start, int end, List<Span> spans) {
        for (Span span : spans) {
            boolean overlaps = span.start() < Math.max(end, start + 1) && span.end() > start;
            if (overlaps && span.styleClass().equals("h-" + SectionKind.PART.key())) {
                return "p-part";
            }
            if (overlaps && span.styleClass().equals("h-" + SectionKind.CHAPTER.key()) && span.start() <= start) {
                return "p-chapter";
            }
        }
        return "p-body";
    }
}
