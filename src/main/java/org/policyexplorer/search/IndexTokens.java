package org.policyexplorer.search;

/**
 * Turns folded text into the tokens the FTS5 table stores. Chinese has no spaces between words, SQLite's
 * default tokenizer cannot split it and the trigram tokenizer cannot find 1- and 2-character words, so we
 * tokenise here: every character is a token (for one-character queries) and every pair of adjacent
 * characters is a token (a longer query is the phrase of its consecutive pairs, which matches exactly where
 * the query is a substring). Tokens are code points in hex, so FTS5's plain ASCII tokenizer reads them and no
 * character of a user's query can be taken for query syntax.
 */
public final class IndexTokens {
    private IndexTokens() {
    }

    /** One token per code point, space separated. */
    public static String unigrams(String folded) {
        StringBuilder sb = new StringBuilder(folded.length() * 6);
        folded.codePoints().forEach(cp -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Integer.toHexString(cp));
        });
        return sb.toString();
    }

    /** One token per adjacent pair of code points, space separated; empty for a single code point. */
    public static String bigrams(String folded) {
        int[] cps = folded.codePoints().toArray();
        StringBuilder sb = new StringBuilder(cps.length * 11);
        for (int i = 0; i + 1 < cps.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Integer.toHexString(cps[i])).append('x').append(Integer.toHexString(cps[i + 1]));
        }
        return sb.toString();
    }

    /** The FTS5 expression that matches rows containing the folded term as a substring. */
    public static String matchExpression(String foldedTerm) {
        if (foldedTerm.codePointCount(0, foldedTerm.length()) == 1) {
            return "uni : \"" + unigrams(foldedTerm) + "\"";
        }
        return "bi : \"" + bigrams(foldedTerm) + "\"";
    }
}
