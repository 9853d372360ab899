package org.policyexplorer.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings decoded text into the stored form: one paragraph or heading per line, lines joined by {@code \n},
 * edges trimmed (including the full-width space U+3000), blank lines dropped. Everything the app stores and
 * every offset refers to this form, so it must never change for the same input.
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
            String line = strip(piece);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

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
