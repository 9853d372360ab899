package org.policyexplorer.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/**
 * Turns the lines of a work report into its outline: parts › chapters › topics and paragraphs, with char
 * offsets into the stored text. It knows the conventions of the genre, not any particular report:
 * <ul>
 *   <li>Parts are either numbered "一、…" (then chapters are "（一）…") or unnumbered headings that name a
 *       part's business (回顾, 安排, 自身建设…; then chapters are "一、…").</li>
 *   <li>A heading that ends in a comma is wrapped: the next short line completes it.</li>
 *   <li>A chapter heading may carry its intro on the same line, after the first 。.</li>
 *   <li>Topics open with a short lead sentence, inline or alone on the line above their body; "一是…" opens an
 *       ordinal topic.</li>
 *   <li>Appendices (附件) and notes (注释) are parts of their own whose numbering starts afresh.</li>
 *   <li>Everything before the first part is the preamble.</li>
 * </ul>
 * Two passes: {@link LineClassifier} says what each line is, then this class builds the tree.
 */
public final class ReportParser {
    private final TextNormalizer normalizer = new TextNormalizer();

    /** Parses raw text (any line ends, untrimmed); the stored text is its normalised form. */
    public ParsedReport parse(String rawText) {
        List<String> texts = normalizer.lines(rawText);
        List<Line> lines = new ArrayList<>(texts.size());
        int offset = 0;
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new Line(i, offset, texts.get(i)));
            offset += texts.get(i).length() + 1;
        }
        String text = String.join("\n", texts);
        LineKind[] kinds = new LineClassifier(lines).classify();
        TreeBuilder builder = new TreeBuilder(lines, kinds);
        List<Node> parts = builder.build();

        TitleLines titleLines = new TitleLines(texts);
        Integer year = titleLines.year();
        if (year == null) {
            year = yearFromParts(parts);
        }
        String place = titleLines.place();
        List<Section> sections = new ArrayList<>();
        for (Node part : parts) {
            part.inferYear(year);
            sections.add(part.toSection());
        }
        String title = place != null && year != null ? place + year + "年政府工作报告" : null;
        return new ParsedReport(text, sections, title, place, year, builder.structured());
    }

    /** A report covers the year its plan names, or the year after the one its review names. */
    private static Integer yearFromParts(List<Node> parts) {
        for (Node part : parts) {
            if (part.role == PartRole.PLAN && part.year != null) {
                return part.year;
            }
        }
        for (Node part : parts) {
            if (part.role == PartRole.REVIEW && part.year != null) {
                return part.year + 1;
            }
        }
        return null;
    }

    /** A section under construction. */
    static final class Node {
        final SectionKind kind;
        PartRole role;
        Integer year;
        String number;
        String title;
        final int start;
        int headingEnd;
        int end;
        final List<Node> children = new ArrayList<>();

        Node(SectionKind kind, int start, int headingEnd, int end) {
            this.kind = kind;
            this.start = start;
            this.headingEnd = headingEnd;
            this.end = end;
        }

        void add(Node child) {
            children.add(child);
        }

        int finalEnd() {
            int e = end;
            for (Node child : children) {
                e = Math.max(e, child.finalEnd());
            }
            return e;
        }

        void inferYear(Integer reportYear) {
            if (year != null || reportYear == null || title == null) {
                return;
            }
            if (role == PartRole.REVIEW) {
                year = reportYear - 1;
            } else if (role == PartRole.PLAN && !PartClassifier.isFiveYear(title)) {
                year = reportYear;
            }
        }

        Section toSection() {
            List<Section> kids = new ArrayList<>(children.size());
            for (Node child : children) {
                kids.add(child.toSection());
            }
            return new Section(0, kind, role, year, number, title, start, headingEnd, finalEnd(), kids);
        }
    }

    /** Second pass: lines and their kinds to a tree of nodes. */
    private static final class TreeBuilder {
        private final List<Line> lines;
        private final LineKind[] kinds;
        private final List<Node> parts = new ArrayList<>();
        private Node part;
        private Node chapter;
        private Node topic;
        /** After "各位代表…" the text speaks to the whole part again, until the next chapter. */
        private boolean chapterClosed;
        private boolean structured;

        TreeBuilder(List<Line> lines, LineKind[] kinds) {
            this.lines = lines;
            this.kinds = kinds;
        }

        boolean structured() {
            return structured;
        }

        List<Node> build() {
            if (!lines.isEmpty() && !hasHeadings()) {
                // no part or chapter anywhere: the whole text is one body part, without a preamble
                ensurePart(lines.get(0));
            }
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                Line next = i + 1 < lines.size() && kinds[i + 1] == LineKind.HEADING_CONTINUATION
                        ? lines.get(i + 1) : null;
                switch (kinds[i]) {
                    case PART -> openPart(line, next);
                    case APPENDIX -> openAppendix(line, next);
                    case CHAPTER -> openChapter(line, next);
                    case HEADING_CONTINUATION -> { /* consumed with its heading */ }
                    case TOPIC -> addTopic(line, LeadSentence.sentenceEnd(line.text()), null, 0);
                    case ORDINAL_TOPIC -> addOrdinalTopic(line);
                    case PARALLEL_TOPIC -> addParallelTopic(line);
                    case TOPIC_HEADING -> addTopic(line, line.text().length() - 1, null, 0);
                    case NOTE -> addNote(line);
                    case TOPIC_BODY -> extendTopic(line);
                    case ADDRESS -> {
                        chapterClosed = true;
                        addParagraph(line);
                    }
                    case PLAIN -> addParagraph(line);
                    default -> throw new IllegalStateException(kinds[i].toString());
                }
            }
            if (!structured && parts.size() == 1) {
                parts.get(0).role = PartRole.OTHER;
            }
            return parts;
        }

        private boolean hasHeadings() {
            for (LineKind kind : kinds) {
                if (kind == LineKind.PART || kind == LineKind.APPENDIX || kind == LineKind.CHAPTER) {
                    return true;
                }
            }
            return false;
        }

        private void openPart(Line line, Line continuation) {
            structured = true;
            String text = line.text();
            Matcher major = Numbering.at(Numbering.MAJOR, text);
            Node node = new Node(SectionKind.PART, line.start(), line.end(), line.end());
            int prefix = major == null ? 0 : major.end();
            node.number = major == null ? null : major.group(1);
            setHeading(node, line, prefix, continuation);
            node.role = PartClassifier.role(node.title);
            node.year = PartClassifier.namedYear(node.title);
            startPart(node);
        }

        private void openAppendix(Line line, Line continuation) {
            structured = true;
            Node node = new Node(SectionKind.PART, line.start(), line.end(), line.end());
            String label = line.text().replaceAll("[\\s:：]", "");
            if (continuation != null) {
                node.number = label;
                node.title = continuation.text();
                node.headingEnd = continuation.end();
                node.end = continuation.end();
            } else {
                node.title = label;
            }
            node.role = PartRole.OTHER;
            node.year = PartClassifier.namedYear(node.title);
            startPart(node);
        }

        private void startPart(Node node) {
            parts.add(node);
            part = node;
            chapter = null;
            topic = null;
            chapterClosed = false;
        }

        private void openChapter(Line line, Line continuation) {
            structured = true;
            ensurePart(line);
            String text = line.text();
            Matcher major = Numbering.at(Numbering.MAJOR, text);
            Matcher minor = major == null ? Numbering.at(Numbering.MINOR, text) : null;
            Matcher numbering = major != null ? major : minor;
            Node node = new Node(SectionKind.CHAPTER, line.start(), line.end(), line.end());
            node.number = major != null ? major.group(1) : "（" + minor.group(1) + "）";
            Node intro = setHeading(node, line, numbering.end(), continuation);
            part.add(node);
            chapter = node;
            topic = null;
            chapterClosed = false;
            if (intro != null) {
                chapter.add(intro);
            }
        }

        /**
         * Sets a heading's title and heading end from its line (after the numbering prefix) and a wrapped
         * continuation. When the heading carries more text after its first 。, that text is returned as an
         * intro paragraph.
         */
        private static Node setHeading(Node node, Line line, int prefix, Line continuation) {
            String rest = line.text().substring(prefix);
            int stop = LeadSentence.sentenceEnd(rest);
            if (stop >= 0 && rest.charAt(stop) == '。' && stop > 0) {
                node.title = rest.substring(0, stop);
                node.headingEnd = line.start() + prefix + stop + 1;
                if (node.headingEnd < line.end()) {
                    return new Node(SectionKind.PARAGRAPH, node.headingEnd, node.headingEnd, line.end());
                }
                return null;
            }
            if (continuation != null) {
                node.title = rest + continuation.text();
                node.headingEnd = continuation.end();
                node.end = continuation.end();
            } else {
                node.title = rest.isEmpty() ? line.text() : rest;
            }
            return null;
        }

        /** Chapters and topics never go into the preamble: without a part heading they open a body part. */
        private void ensurePart(Line line) {
            if (part == null || part.role == PartRole.PREAMBLE) {
                Node body = new Node(SectionKind.PART, line.start(), line.start(), line.start());
                body.role = PartRole.OTHER;
                startPart(body);
            }
        }

        private Node container() {
            return chapter != null && !chapterClosed ? chapter : part;
        }

        private void addTopic(Line line, int leadLength, String number, int prefix) {
            structured = true;
            ensurePart(line);
            Node node = new Node(SectionKind.TOPIC, line.start(), line.start() + prefix + leadLength + 1, line.end());
            node.title = line.text().substring(prefix, prefix + leadLength);
            node.number = number;
            container().add(node);
            topic = node;
        }

        private void addOrdinalTopic(Line line) {
            Matcher ordinal = Numbering.at(Numbering.ORDINAL, line.text());
            String after = line.text().substring(ordinal.end());
            String title = LeadSentence.ordinalTitle(after);
            addTopic(line, title.length(), ordinal.group(0), ordinal.end());
            boolean sentenceEnds = ordinal.end() + title.length() < line.text().length()
                    && line.text().charAt(ordinal.end() + title.length()) == '。';
            if (!sentenceEnds) {
                topic.headingEnd = line.start() + ordinal.end() + title.length();
            }
        }

        /** The first sentence is the heading; its last clause, where the runs differ, is the title. */
        private void addParallelTopic(Line line) {
            int end = LeadSentence.sentenceEnd(line.text());
            addTopic(line, end, null, 0);
            String sentence = line.text().substring(0, end);
            int lastComma = Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(','));
            topic.title = sentence.substring(lastComma + 1);
        }

        private void addNote(Line line) {
            Matcher note = Numbering.at(Numbering.NOTE_ITEM, line.text());
            addTopic(line, note.group(1).length(), null, 0);
        }

        private void extendTopic(Line line) {
            if (topic == null) {
                addParagraph(line);
                return;
            }
            topic.end = line.end();
        }

        private void addParagraph(Line line) {
            if (part == null) {
                Node preamble = new Node(SectionKind.PART, line.start(), line.start(), line.end());
                preamble.role = PartRole.PREAMBLE;
                startPart(preamble);
            }
            container().add(new Node(SectionKind.PARAGRAPH, line.start(), line.start(), line.end()));
            topic = null;
        }
    }
}
