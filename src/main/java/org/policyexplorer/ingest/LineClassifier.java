package org.policyexplorer.ingest;

import java.util.List;
import java.util.regex.Matcher;

/** First pass of the parser: what each line is, judged from itself and its neighbours. */
final class LineClassifier {
    /** A wrapped heading's second half, or an appendix's title line, is short. */
    private static final int CONTINUATION_MAX = 30;
    /** Unnumbered part headings ("2017年工作回顾", "持续深入推进全面从严治政") are short. */
    private static final int UNNUMBERED_PART_MAX = 25;

    private static final int PARALLEL_RUN_MIN = 3;
    private static final int PARALLEL_OPENING = 4;
    private static final int PARALLEL_SENTENCE_MAX = 45;

    /** Numbered lines whose title (before the first 。) is longer than this are list items, not headings. */
    static final int NUMBERED_TITLE_MAX = 80;
    /** The title block and salutation come within the first lines; nothing before "各位代表" is a part. */
    private static final int SALUTATION_REACH = 30;

    /** Which headings make the parts: unnumbered ones (then 一、 numbers chapters), 一、, or （一）. */
    enum PartStyle { UNNUMBERED, MAJOR, MINOR }

    private final List<Line> lines;
    private final LineKind[] kinds;
    private final LeadSentence.Strength[] leads;
    private final int bodyStart;
    private final PartStyle style;
    private final boolean majorIsPart;
    /** Whether the report numbers with （一）, so that a （1） is a level below. */
    private final boolean chineseMinor;
    /** Whether 一、 numbers chapters here (so that （一） is a level below them). */
    private final boolean majorChapters;

    LineClassifier(List<Line> lines) {
        this.lines = lines;
        this.kinds = new LineKind[lines.size()];
        this.leads = new LeadSentence.Strength[lines.size()];
        this.bodyStart = salutation();
        this.style = detectStyle();
        this.majorIsPart = style == PartStyle.MAJOR;
        this.chineseMinor = lines.stream().anyMatch(l -> isNumberedHeading(Numbering.MINOR, l.text())
                && !isArabic(l.text()));
        this.majorChapters = style == PartStyle.UNNUMBERED
                && lines.stream().anyMatch(l -> isNumberedHeading(Numbering.MAJOR, l.text()));
    }

    LineKind[] classify() {
        boolean inAppendix = false;
        boolean inNotes = false;
        boolean inSequence = false;
        for (int i = 0; i < lines.size(); i++) {
            leads[i] = LeadSentence.Strength.NONE;
            if (kinds[i] != null) {
                continue; // already taken as a continuation or a topic body
            }
            String text = lines.get(i).text();
            if (isAppendix(text)) {
                kinds[i] = LineKind.APPENDIX;
                inAppendix = true;
                inNotes = Numbering.at(Numbering.NOTES, text) != null;
                if (i + 1 < lines.size() && isAppendixTitle(lines.get(i + 1).text())) {
                    kinds[i + 1] = LineKind.HEADING_CONTINUATION;
                    inNotes |= Numbering.at(Numbering.NOTES, lines.get(i + 1).text()) != null;
                }
            } else if (style == PartStyle.UNNUMBERED && isPartWordHeading(text)) {
                kinds[i] = LineKind.PART;
                inSequence = false;
                inAppendix = false;
                inNotes = false;
                markWrapped(i);
            } else if (isNumberedHeading(Numbering.MAJOR, text) && !inSequence) {
                kinds[i] = majorIsPart && !inAppendix ? LineKind.PART : LineKind.CHAPTER;
                markWrapped(i);
            } else if (isNumberedHeading(Numbering.MINOR, text)) {
                // under unnumbered parts whose chapters are 一、, a （一） is a level below: a topic; and so is a
                // （1） in a report that also has （一）
                boolean below = style == PartStyle.UNNUMBERED && majorChapters && !inAppendix
                        || chineseMinor && isArabic(text);
                kinds[i] = below ? LineKind.NUMBERED_TOPIC
                        : style == PartStyle.MINOR && !inAppendix ? LineKind.PART : LineKind.CHAPTER;
                if (!below) {
                    markWrapped(i);
                }
            } else if (style == PartStyle.UNNUMBERED && isNumberedHeading(Numbering.SEQUENCE, text)) {
                kinds[i] = LineKind.CHAPTER;
                inSequence = true; // 一、 under 第一、 numbers the items of a list, not chapters
                markWrapped(i);
            } else if (style == PartStyle.UNNUMBERED && i > bodyStart && isUnnumberedPart(text)) {
                inSequence = false;
                kinds[i] = LineKind.PART;
                inAppendix = false;
                inNotes = false;
            } else if (inNotes && Numbering.at(Numbering.NOTE_ITEM, text) != null) {
                kinds[i] = LineKind.NOTE;
                Matcher note = Numbering.at(Numbering.NOTE_ITEM, text);
                if (note.end() == text.length() && i + 1 < lines.size()) {
                    kinds[i + 1] = LineKind.TOPIC_BODY;
                }
            } else if (Numbering.at(Numbering.ORDINAL, text) != null) {
                kinds[i] = LineKind.ORDINAL_TOPIC;
            } else if (text.startsWith("各位代表")) {
                kinds[i] = LineKind.ADDRESS;
            } else if (LeadSentence.standsAlone(text) && i + 1 < lines.size()
                    && isPlainBody(lines.get(i + 1).text())) {
                kinds[i] = LineKind.TOPIC_HEADING;
                kinds[i + 1] = LineKind.TOPIC_BODY;
            } else {
                leads[i] = LeadSentence.inline(text);
                kinds[i] = leads[i] == LeadSentence.Strength.STRONG ? LineKind.TOPIC : LineKind.PLAIN;
            }
        }
        resolveWeakLeads();
        markParallelRuns();
        flattenPreamble();
        return kinds;
    }

    /** "第一部分 …" alone on its line, short: a heading, not "报告分三部分，第一部分是…" in a sentence. */
    private static boolean isPartWordHeading(String text) {
        return isNumberedHeading(Numbering.PART_WORD, text) && text.length() <= UNNUMBERED_PART_MAX + 8
                && text.indexOf('。') < 0;
    }

    private static boolean isArabic(String text) {
        Matcher m = Numbering.at(Numbering.MINOR, text);
        return m != null && Character.isDigit(m.group(1).charAt(0));
    }

    /** The line of the salutation "各位代表…" when it opens the body, else -1: the title block is above it. */
    private int salutation() {
        for (int i = 0; i < Math.min(lines.size(), SALUTATION_REACH); i++) {
            if (lines.get(i).text().startsWith("各位代表")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Unnumbered part headings ("2017年工作回顾", "“十四五”时期工作回顾", "2026年重点工作") make the parts when
     * there are at least two and one of them looks back; otherwise the top numbering does: 一、, or （一）
     * where a report has no 一、 at all.
     */
    private PartStyle detectStyle() {
        int unnumbered = 0;
        boolean looksBack = false;
        boolean major = false;
        boolean minor = false;
        for (int i = bodyStart + 1; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (isAppendix(text)) {
                break; // numbering restarts in appendices
            }
            if (isUnnumberedPart(text)) {
                unnumbered++;
                looksBack |= PartHeadings.looksBack(text);
            }
            if (isPartWordHeading(text)) {
                unnumbered++;
                looksBack = true; // 第一部分… numbers parts outright
            }
            major |= isNumberedHeading(Numbering.MAJOR, text);
            minor |= isNumberedHeading(Numbering.MINOR, text);
        }
        if (unnumbered >= 2 && looksBack) {
            return PartStyle.UNNUMBERED;
        }
        if (major) {
            return PartStyle.MAJOR;
        }
        return minor ? PartStyle.MINOR : PartStyle.UNNUMBERED;
    }

    /**
     * A numbered line is a heading when its title is short: "一、关于基本建设的规模" or "（一）着力推动…。面对…"
     * (a title, then its intro). "一、固定资产投资总规模，包括国家预算内的投资和…" is an item of a list.
     */
    static boolean isNumberedHeading(java.util.regex.Pattern numbering, String text) {
        Matcher m = Numbering.at(numbering, text);
        if (m == null) {
            return false;
        }
        String rest = text.substring(m.end());
        int stop = LeadSentence.sentenceEnd(rest);
        String title = stop < 0 ? rest : rest.substring(0, stop);
        return title.codePointCount(0, title.length()) <= NUMBERED_TITLE_MAX && title.indexOf('；') < 0;
    }

    private static boolean isAppendix(String text) {
        return Numbering.at(Numbering.APPENDIX, text) != null || Numbering.at(Numbering.NOTES, text) != null;
    }

    private static boolean isUnnumberedPart(String text) {
        return text.length() <= UNNUMBERED_PART_MAX && !hasSentencePunctuation(text) && !isNumbered(text)
                && PartHeadings.namesPart(text);
    }

    private static boolean hasSentencePunctuation(String text) {
        return text.chars().anyMatch(c -> "。，,；;：:！!？?".indexOf(c) >= 0);
    }

    /** "附件1" is followed by its title ("2022年省十件民生实事", "名词解释"), short and unpunctuated. */
    private static boolean isAppendixTitle(String text) {
        return text.length() <= CONTINUATION_MAX && !hasSentencePunctuation(text)
                && Numbering.at(Numbering.MAJOR, text) == null && Numbering.at(Numbering.MINOR, text) == null
                && Numbering.at(Numbering.APPENDIX, text) == null;
    }

    private static boolean isNumbered(String text) {
        return Numbering.at(Numbering.PART_WORD, text) != null || Numbering.at(Numbering.MAJOR, text) != null || Numbering.at(Numbering.MINOR, text) != null
                || Numbering.at(Numbering.SEQUENCE, text) != null
                || Numbering.at(Numbering.ORDINAL, text) != null || isAppendix(text);
    }

    /** A heading ending in a comma wraps onto the next line: "一、坚持调结构快转型," + "发展质态持续向好". */
    private void markWrapped(int i) {
        String text = lines.get(i).text();
        boolean open = text.endsWith("，") || text.endsWith(",") || text.endsWith("、");
        if (open && i + 1 < lines.size()) {
            String next = lines.get(i + 1).text();
            if (next.length() <= CONTINUATION_MAX && next.indexOf('。') < 0 && !isNumbered(next)) {
                kinds[i + 1] = LineKind.HEADING_CONTINUATION;
            }
        }
    }

    /** Whether a line can be the body under a lead sentence standing alone. */
    private boolean isPlainBody(String text) {
        return !isNumbered(text) && !text.startsWith("各位代表") && !LeadSentence.standsAlone(text)
                && !(style == PartStyle.UNNUMBERED && isUnnumberedPart(text));
    }

    /** A weak lead counts when a neighbouring paragraph also opens a topic. */
    private void resolveWeakLeads() {
        for (int i = 0; i < lines.size(); i++) {
            if (leads[i] == LeadSentence.Strength.WEAK && (opensTopic(i - 1) || opensTopic(i + 1))) {
                kinds[i] = LineKind.TOPIC;
            }
        }
    }

    /** Three or more plain paragraphs in a row that open alike, each with a short first sentence. */
    private void markParallelRuns() {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && isParallelCandidate(j) && sameOpening(i, j)) {
                j++;
            }
            if (j - i >= PARALLEL_RUN_MIN) {
                for (int k = i; k < j; k++) {
                    kinds[k] = LineKind.PARALLEL_TOPIC;
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    private boolean isParallelCandidate(int i) {
        if (kinds[i] != LineKind.PLAIN) {
            return false;
        }
        String text = lines.get(i).text();
        int end = LeadSentence.sentenceEnd(text);
        return end > 0 && end <= PARALLEL_SENTENCE_MAX && end < text.length() - 1
                && LeadSentence.commas(text.substring(0, end)) >= 2;
    }

    private boolean sameOpening(int first, int other) {
        String a = lines.get(first).text();
        String b = lines.get(other).text();
        return a.length() >= PARALLEL_OPENING && b.length() >= PARALLEL_OPENING
                && a.regionMatches(0, b, 0, PARALLEL_OPENING);
    }

    private boolean opensTopic(int i) {
        if (i < 0 || i >= lines.size()) {
            return false;
        }
        return leads[i] != LeadSentence.Strength.NONE || kinds[i] == LineKind.TOPIC
                || kinds[i] == LineKind.ORDINAL_TOPIC || kinds[i] == LineKind.TOPIC_HEADING;
    }

    /**
     * Before the first heading there are only title lines and greetings: plain paragraphs of the preamble.
     * Without any heading nothing is preamble, and the topics found stand.
     */
    private void flattenPreamble() {
        int first = 0;
        while (first < lines.size() && kinds[first] != LineKind.PART && kinds[first] != LineKind.APPENDIX
                && kinds[first] != LineKind.CHAPTER) {
            first++;
        }
        if (first == lines.size()) {
            return;
        }
        for (int i = 0; i < first; i++) {
            kinds[i] = LineKind.PLAIN;
        }
    }
}
