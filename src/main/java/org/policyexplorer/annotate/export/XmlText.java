package org.policyexplorer.annotate.export;

/**
 * Escapes text for XML so that a parser gives back exactly what was written. Markup characters are escaped as
 * usual; a parser normalises CR LF to LF everywhere and turns LF and TAB in an attribute into spaces, so CR is
 * always written {@code &#13;} and LF and TAB in attributes {@code &#10;} and {@code &#9;}. Text is walked by code
 * point, so a character outside the BMP is written whole; what XML 1.0 cannot hold at all (a lone surrogate, most
 * C0 controls, U+FFFE, U+FFFF) becomes U+FFFD, the replacement character, rather than a broken file.
 */
public final class XmlText {
    private static final String REPLACEMENT = "\uFFFD";

    private XmlText() {
    }

    /** Element content. */
    public static String text(String s) {
        return escape(s, false);
    }

    /** An attribute's value, for writing between double quotes. */
    public static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;"); // also keeps "]]>" out of element content
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (allowed(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(REPLACEMENT);
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0's Char production, less the three controls handled above. */
    private static boolean allowed(int cp) {
        return cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /**
     * The first {@code max} code points of a text, with "…" when it was longer: a name never ends on half a
     * surrogate pair.
     */
    public static String cut(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }
}
