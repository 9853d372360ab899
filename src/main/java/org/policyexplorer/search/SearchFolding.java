package org.policyexplorer.search;

/**
 * The comparison form of text for search: full-width ASCII forms become half-width (ＰＰＰ→PPP, ８％→8%,
 * （→(, ，→,), the ideographic space a space, Latin letters lower case. Every change maps one char to one
 * char, so offsets in the folded text are offsets in the original.
 */
public final class SearchFolding {
    private SearchFolding() {
    }

    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            return ' ';
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        if (c < 0x80) {
            return c;
        }
        // other cased letters (Greek, accented Latin) fold too, when folding keeps them one char
        char lower = Character.toLowerCase(c);
        return Character.isSurrogate(lower) ? c : lower;
    }
}
