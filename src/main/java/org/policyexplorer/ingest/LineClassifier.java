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

    private final List<Line> lines;
    private final LineKind[] kinds;
    private final LeadSentence.Strength[] leads;
    /** Whether "一、" numbers parts (provincial style) rather than chapters (district style). */
    private final boolean majorIsPart;

    LineClassifier(List<Line> lines) {
        this.lines = lines;
        this.kinds = new LineKind[lines.size()];
        this.leads = new LeadSentence.Strength[lines.size()];
        this.majorIsPart = detectMajorIsPart();
    }

    LineKind[] classify() {
        boolean inAppendix = false;
        boolean inNotes = false;
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
            } else if (Numbering.at(Numbering.MAJOR, text) != null) {
                kinds[i] = majorIsPart && !inAppendix ? LineKind.PART : LineKind.CHAPTER;
                markWrapped(i);
            } else if (Numbering.at(Numbering.MINOR, text) != null) {
                kinds[i] = LineKind.CHAPTER;
                markWrapped(i);
            } else if (!majorIsPart && isUnnumberedPart(text)) {
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

    /** "一、" numbers parts when "（一）" chapters exist or when an "一、" heading names a part (…工作回顾). */
    private boolean detectMajorIsPart() {
        for (Line line : lines) {
            String text = line.text();
            if (Numbering.at(Numbering.MINOR, text) != null) {
                return true;
            }
            Matcher major = Numbering.at(Numbering.MAJOR, text);
            if (major != null && text.length() <= UNNUMBERED_PART_MAX + 5
                    && PartClassifier.namesPart(text.substring(major.end()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAppendix(String text) {
        return Numbering.at(Numbering.APPENDIX, text) != null || Numbering.at(Numbering.NOTES, text) != null;
    }

    private static boolean isUnnumberedPart(String text) {
        return text.length() <= UNNUMBERED_PART_MAX && !hasSentencePunctuation(text)
                && PartClassifier.namesPart(text);
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
        return Numbering.at(Numbering.MAJOR, text) != null || Numbering.at(Numbering.MINOR, text) != null
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
                && !(!majorIsPart && isUnnumberedPart(text));
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
