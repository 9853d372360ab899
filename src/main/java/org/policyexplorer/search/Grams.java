package org.policyexplorer.search;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The index's tokens. Chinese has no spaces between words, so no word list can say where a term a reader
 * types begins and ends; instead every character and every pair of adjacent characters of the folded text is
 * a token. A query of one character is one unigram, of two one bigram, and a longer one the phrase of the
 * bigrams that cover it ({@link #cover}), which matches exactly where the query is a substring. Tokens are
 * code points, so a character outside the BMP is one token and positions count code points.
 */
final class Grams {
    private Grams() {
    }

    /** One token per run of {@code n} (1 or 2) code points, at the position of its first code point. */
    static TokenStream stream(String folded, int n) {
        return new GramStream(folded, n);
    }

    /**
     * Where the bigrams that cover a term of {@code length} ≥ 2 code points start: 0, 2, 4… and the last pair,
     * so a phrase of them checks every character while reading about half the pairs' postings.
     */
    static int[] cover(int length) {
        int count = length / 2 + (length % 2);
        int[] starts = new int[count];
        for (int i = 0; i < count - 1; i++) {
            starts[i] = 2 * i;
        }
        starts[count - 1] = length - 2;
        return starts;
    }

    /** The bigram of {@code cps} starting at {@code i}. */
    static String pair(int[] cps, int i) {
        return new String(cps, i, 2);
    }

    /**
     * Whether occurrences of the term can overlap ("哈哈" in "哈哈哈"): only then do matches counted from
     * positions and non-overlapping occurrences differ. They can when a proper prefix of the term is also its
     * suffix.
     */
    static boolean canOverlap(int[] cps) {
        for (int border = 1; border < cps.length; border++) {
            if (Arrays.equals(cps, 0, border, cps, cps.length - border, cps.length)) {
                return true;
            }
        }
        return false;
    }

    private static final class GramStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final char[] chars;
        /** Where each code point starts in {@link #chars}, and the end. */
        private final int[] starts;
        private final int n;
        private int at;

        GramStream(String folded, int n) {
            this.chars = folded.toCharArray();
            int count = folded.codePointCount(0, chars.length);
            this.starts = new int[count + 1];
            for (int i = 0, c = 0; c < count; c++) {
                starts[c] = i;
                i += Character.charCount(Character.codePointAt(chars, i));
            }
            starts[count] = chars.length;
            this.n = n;
        }

        @Override
        public boolean incrementToken() {
            if (at + n >= starts.length) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(chars, starts[at], starts[at + n] - starts[at]);
            at++;
            return true;
        }

        @Override
        public void reset() {
            at = 0;
        }
    }
}
