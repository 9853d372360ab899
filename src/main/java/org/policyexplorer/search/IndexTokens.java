package org.policyexplorer.search;

/**
 * Turns folded text into the tokens the FTS5 table stores. Chinese has no spaces between words, SQLite's
 * default tokenizer cannot split it and the trigram tokenizer cannot find 1- and 2-character words, so we
 * tokenise here: every character, every pair and every triple of adjacent characters is a token, each in its
 * own column. A query of one or two characters is one token; a longer one is the phrase of its consecutive
 * triples, which matches exactly where the query is a substring. Tokens are code points in hex joined by
 * 'x', so FTS5's plain ASCII tokenizer reads them and nothing a user types can be taken for query syntax.
 */
public final class IndexTokens {
    private IndexTokens() {
    }

    /** One token per code point, space separated. */
    public static String unigrams(String folded) {
        return ngrams(folded, 1);
    }

    /** One token per run of n adjacent code points, space separated; empty when the text is shorter. */
    public static String ngrams(String folded, int n) {
        int[] cps = folded.codePoints().toArray();
        StringBuilder sb = new StringBuilder(cps.length * 6 * n);
        for (int i = 0; i + n <= cps.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    sb.append('x');
                }
                sb.append(Integer.toHexString(cps[i + k]));
            }
        }
        return sb.toString();
    }

    /** The column that answers a term of this many code points. */
    static String column(int codePoints) {
        return switch (codePoints) {
            case 1 -> "uni";
            case 2 -> "bi";
            default -> "tri";
        };
    }

    /** The FTS5 expression that matches rows containing the folded term as a substring. */
    public static String matchExpression(String foldedTerm) {
        int n = foldedTerm.codePointCount(0, foldedTerm.length());
        return column(n) + " : \"" + ngrams(foldedTerm, Math.min(n, 3)) + "\"";
    }

    /**
     * Whether occurrences of the term can overlap ("哈哈" in "哈哈哈"): only then do token instances and
     * non-overlapping occurrences differ. They can when a proper prefix of the term is also its suffix.
     */
    static boolean canOverlap(String foldedTerm) {
        int[] cps = foldedTerm.codePoints().toArray();
        for (int border = 1; border < cps.length; border++) {
            if (java.util.Arrays.equals(cps, 0, border, cps, cps.length - border, cps.length)) {
                return true;
            }
        }
        return false;
    }
}
