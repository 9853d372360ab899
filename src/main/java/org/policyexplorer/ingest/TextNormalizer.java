package org.policyexplorer.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings decoded text into the stored form: one paragraph or heading per line, lines joined by {@code \n},
 * edges trimmed (including the full-width space U+3000), blank lines dropped. Everything the app stores and
 * every offset refers to this form, so it must never change for the same input. (Once, deliberately, it did:
 * lines of 3,000 characters or more are split at runs of spaces since schema 006, so a one-line report stored
 * before then gets a new text hash when imported again, and is taken for another report.)
 */
public final class TextNormalizer {

    public String normalise(String raw) {
        return String.join("\n", lines(raw));
    }

    public List<String> lines(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        String[] pieces = text.split("\r\n|\r|\n|\u2028|\u2029|\u0085", -1);
        List<String> lines = new ArrayList<>(pieces.length);
        for (String piece : pieces) {
            for (String part : splitRunOn(piece)) {
                String line = strip(part);
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /**
     * A whole report saved as one line keeps its paragraphs apart only by runs of spaces (U+3000, U+2003,
     * plain): a very long line is split at every run of two or more. Ordinary lines are left as they are.
     */
    private static List<String> splitRunOn(String line) {
        if (line.length() < RUN_ON_MIN) {
            return List.of(line);
        }
        return List.of(PARAGRAPH_GAP.split(line));
    }

    /** No paragraph of a work report is this long; a line this long holds many. */
    private static final int RUN_ON_MIN = 3000;
    private static final java.util.regex.Pattern PARAGRAPH_GAP =
            java.util.regex.Pattern.compile("[\\s\u3000\u2003\u00A0]{2,}");

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u0000';
    }
}
