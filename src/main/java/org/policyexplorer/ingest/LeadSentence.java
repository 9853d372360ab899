package org.policyexplorer.ingest;

import java.util.regex.Pattern;

/**
 * Recognises the short lead sentence that opens a topic paragraph ("项目建设量质并举。…"). A strong lead is
 * short and has no comma; a weak one is longer or has one comma and counts only when a neighbouring
 * paragraph also opens with a lead, because topics come in runs while a lone short opening sentence
 * ("看似寻常最奇崛，成如容易却艰辛。") is usually rhetoric.
 */
final class LeadSentence {
    enum Strength { NONE, WEAK, STRONG }

    static final int STRONG_MAX = 16;
    static final int WEAK_MAX = 30;
    /** Openings of discourse, not of topics: addresses, time phrases, "we". */
    private static final Pattern OPENERS =
            Pattern.compile("^(各位代表|我们|今年|过去|一年来|五年来|回顾|回望|这些|当前|现在|同时|总之|总的看)");
    private static final Pattern NOT_IN_LEAD = Pattern.compile("[：:；;]");

    private LeadSentence() {
    }

    /** Index of the first sentence end (。！!) in the text, or -1. */
    static int sentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '!') {
                return i;
            }
        }
        return -1;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '，' || c == ',') {
                n++;
            }
        }
        return n;
    }

    /** How strongly the paragraph opens with a lead sentence followed by more text. */
    static Strength inline(String paragraph) {
        int end = sentenceEnd(paragraph);
        if (end < 0 || end >= paragraph.length() - 1 || paragraph.charAt(end) != '。') {
            return Strength.NONE;
        }
        return strength(paragraph.substring(0, end));
    }

    private static Strength strength(String lead) {
        if (lead.length() < 4 || NOT_IN_LEAD.matcher(lead).find() || OPENERS.matcher(lead).find()) {
            return Strength.NONE;
        }
        int commas = commas(lead);
        if (lead.length() <= STRONG_MAX && commas == 0) {
            return Strength.STRONG;
        }
        if (lead.length() <= WEAK_MAX && commas <= 1) {
            return Strength.WEAK;
        }
        return Strength.NONE;
    }

    /** Whether the line is one short sentence standing alone as the heading of the paragraph below it. */
    static boolean standsAlone(String line) {
        if (line.length() < 5 || !line.endsWith("。") || sentenceEnd(line) != line.length() - 1) {
            return false;
        }
        String lead = line.substring(0, line.length() - 1);
        return lead.length() <= WEAK_MAX && commas(lead) <= 2 && !NOT_IN_LEAD.matcher(lead).find()
                && !lead.contains("以下") && !lead.startsWith("各位代表");
    }

    /** The title of an ordinal paragraph's text after "一是": its first sentence, or its first clause. */
    static String ordinalTitle(String afterOrdinal) {
        int end = sentenceEnd(afterOrdinal);
        String sentence = end < 0 ? afterOrdinal : afterOrdinal.substring(0, end);
        if (sentence.length() <= WEAK_MAX) {
            return sentence;
        }
        int comma = indexOfComma(sentence);
        if (comma > 0 && comma <= 40) {
            return sentence.substring(0, comma);
        }
        return sentence.substring(0, WEAK_MAX);
    }

    private static int indexOfComma(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '，' || s.charAt(i) == ',') {
                return i;
            }
        }
        return -1;
    }
}
