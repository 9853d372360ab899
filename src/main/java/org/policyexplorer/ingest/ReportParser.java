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
    /** Below this confidence a part's role is a guess the user should confirm (结构待确认). */
    public static final double UNSURE_BELOW = org.policyexplorer.domain.OutlinePart.UNSURE_BELOW;
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
            year = yearFromHeadings(parts);
        }
        if (year == null) {
            year = yearFromOpenings(parts, text);
        }
        List<Double> confidence = judgeParts(parts, text, year);
        String place = titleLines.place();
        List<Section> sections = new ArrayList<>();
        for (Node part : parts) {
            sections.add(part.toSection());
        }
        String title = place != null && year != null ? place + year + "年政府工作报告" : null;
        return new ParsedReport(text, sections, title, place, year, ReportLevels.of(place), builder.structured(),
                confidence);
    }

    /** Sets each titled part's role and year (see {@link PartJudge}); returns how sure each judgement is. */
    private static List<Double> judgeParts(List<Node> parts, String text, Integer year) {
        List<PartJudge.PartText> judged = new ArrayList<>();
        List<Node> titled = new ArrayList<>();
        for (Node part : parts) {
            if (part.role != PartRole.PREAMBLE && part.title != null) {
                titled.add(part);
                judged.add(part.asPartText(text));
            }
        }
        List<PartJudge.Judgement> judgements = new PartJudge(PartVocabulary.DEFAULT).judge(judged, year);
        for (int i = 0; i < titled.size(); i++) {
            titled.get(i).role = judgements.get(i).role();
            titled.get(i).year = judgements.get(i).year();
        }
        List<Double> confidence = new ArrayList<>();
        int next = 0;
        for (Node part : parts) {
            boolean isTitled = next < titled.size() && titled.get(next) == part;
            confidence.add(isTitled ? judgements.get(next++).confidence() : part.role == PartRole.PREAMBLE ? 1.0 : 0.3);
        }
        return confidence;
    }

    /**
     * Without a delivery date, a report covers the year after the one its review heading names, or else the
     * earliest year its other headings name (later ones are long-range goals: "二〇三五年远景目标").
     */
    private static Integer yearFromHeadings(List<Node> parts) {
        Integer afterReview = null;
        Integer earliest = null;
        for (Node part : parts) {
            if (part.title == null || part.appendix) {
                continue;
            }
            for (TimeReference.Mention m : TimeReference.mentions(part.title, null)) {
                if (m.year() == null) {
                    continue;
                }
                if (PartHeadings.looksBack(part.title)) {
                    afterReview = afterReview == null ? m.year() + 1 : Math.max(afterReview, m.year() + 1);
                } else {
                    earliest = earliest == null ? m.year() : Math.min(earliest, m.year());
                }
            }
        }
        return afterReview != null ? afterReview : earliest;
    }

    /**
     * Without a date or a year in the headings, the parts' first paragraphs say it: the first part looks back
     * on the year before ("2025年是“十四五”收官之年。一年来…"), a later one opens the report's own ("2026年是…开局之年").
     */
    private static Integer yearFromOpenings(List<Node> parts, String text) {
        Integer year = null;
        boolean first = true;
        for (Node part : parts) {
            if (part.title == null || part.appendix || part.role == PartRole.PREAMBLE) {
                continue;
            }
            List<String> intro = part.asPartText(text).intro();
            TimeReference.Mention m = intro.isEmpty() ? null : TimeReference.opening(intro.get(0), null);
            if (m != null && m.year() != null) {
                int covered = first ? m.year() + 1 : m.year();
                year = year == null ? covered : Math.max(year, covered);
            }
            first = false;
        }
        return year;
    }

    /** A heading's numbering as written ("一、", "(一)", "第一，") and as stored ("一", "（一）", "第一"). */
    private record Numbered(String number, int prefix) {
        static Numbered of(String text) {
            Matcher m = Numbering.at(Numbering.MAJOR, text);
            if (m != null) {
                return new Numbered(m.group(1), m.end());
            }
            m = Numbering.at(Numbering.MINOR, text);
            if (m != null) {
                return new Numbered("（" + m.group(1) + "）", m.end());
            }
            m = Numbering.at(Numbering.PART_WORD, text);
            if (m != null) {
                return new Numbered("第" + m.group(1) + "部分", m.end());
            }
            m = Numbering.at(Numbering.SEQUENCE, text);
            return m == null ? null : new Numbered("第" + m.group(1), m.end());
        }
    }

    /** A section under construction. */
    static final class Node {
        /** How many of a part's opening paragraphs (before its first chapter) the judge reads at most. */
        private static final int INTRO_MAX = 40;
        final SectionKind kind;
        PartRole role;
        Integer year;
        String number;
        String title;
        final int start;
        int headingEnd;
        int end;
        /** An appendix or notes part (附件, 注释): role other, outside the report's own parts. */
        boolean appendix;
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

        /** The heading, the paragraphs before its first chapter, and all its text, for the part judge. */
        PartJudge.PartText asPartText(String text) {
            List<String> intro = new ArrayList<>();
            for (Node child : children) {
                if (child.kind == SectionKind.CHAPTER || intro.size() >= INTRO_MAX) {
                    break;
                }
                intro.add(text.substring(child.start, child.finalEnd()));
            }
            boolean hasChapters = children.stream().anyMatch(c -> c.kind == SectionKind.CHAPTER);
            return new PartJudge.PartText(title, intro, text.substring(start, finalEnd()), appendix, hasChapters);
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
                    case NUMBERED_TOPIC -> addNumberedTopic(line);
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
            Numbered numbered = Numbered.of(line.text());
            Node node = new Node(SectionKind.PART, line.start(), line.end(), line.end());
            node.number = numbered == null ? null : numbered.number();
            setHeading(node, line, numbered == null ? 0 : numbered.prefix(), continuation);
            node.role = PartRole.OTHER; // judged when the whole report is read
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
            node.appendix = true;
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
            Numbered numbered = Numbered.of(line.text());
            Node node = new Node(SectionKind.CHAPTER, line.start(), line.end(), line.end());
            node.number = numbered.number();
            Node intro = setHeading(node, line, numbered.prefix(), continuation);
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

        /** "（一）工业。…": a topic numbered like a chapter, titled by its first sentence. */
        private void addNumberedTopic(Line line) {
            Numbered numbered = Numbered.of(line.text());
            String rest = line.text().substring(numbered.prefix());
            int stop = LeadSentence.sentenceEnd(rest);
            int length = stop < 0 ? rest.length() : stop;
            addTopic(line, length, numbered.number(), numbered.prefix());
            if (stop < 0) {
                topic.headingEnd = line.end();
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
