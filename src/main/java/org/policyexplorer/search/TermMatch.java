package org.policyexplorer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.BytesRef;

/**
 * One search term in one index segment: the rows that contain it as a substring, and how many times it occurs
 * in the current row — non-overlapping, left to right, as a reader counts. A character is a unigram and its
 * frequency is the count; a pair that cannot overlap itself is a bigram and the same holds; anything else is
 * the phrase of the bigrams that cover it, whose match positions are counted greedily.
 */
abstract class TermMatch implements Docs {
    /** The occurrences in the row the match is on. */
    abstract int count() throws IOException;

    /** The term in this segment, or null when the segment does not hold it. */
    static TermMatch of(LeafReader leaf, String term) throws IOException {
        int[] cps = term.codePoints().toArray();
        if (cps.length == 1) {
            PostingsEnum postings = postings(leaf, IndexFields.UNI, term, PostingsEnum.FREQS);
            return postings == null ? null : new Counted(postings);
        }
        boolean overlaps = Grams.canOverlap(cps);
        if (cps.length == 2 && !overlaps) {
            PostingsEnum postings = postings(leaf, IndexFields.BI, term, PostingsEnum.FREQS);
            return postings == null ? null : new Counted(postings);
        }
        int[] starts = Grams.cover(cps.length);
        List<PostingsEnum> pairs = new ArrayList<>(starts.length);
        for (int start : starts) {
            PostingsEnum postings = postings(leaf, IndexFields.BI, Grams.pair(cps, start), PostingsEnum.POSITIONS);
            if (postings == null) {
                return null;
            }
            pairs.add(postings);
        }
        return new Phrase(pairs, starts, cps.length);
    }

    /** Whether the whole segment's statistics answer this term: it is a single gram counted by frequency. */
    static boolean countedByFrequency(String term) {
        int[] cps = term.codePoints().toArray();
        return cps.length == 1 || cps.length == 2 && !Grams.canOverlap(cps);
    }

    /** The segment's statistics of such a term: {rows, occurrences}; zeros when absent. */
    static long[] statistics(LeafReader leaf, String term) throws IOException {
        String field = term.codePointCount(0, term.length()) == 1 ? IndexFields.UNI : IndexFields.BI;
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return new long[2];
        }
        TermsEnum te = terms.iterator();
        return te.seekExact(new BytesRef(term)) ? new long[] {te.docFreq(), te.totalTermFreq()} : new long[2];
    }

    private static PostingsEnum postings(LeafReader leaf, String field, String gram, int flags) throws IOException {
        return leaf.postings(new Term(field, gram), flags);
    }

    /** A gram whose frequency is its count. */
    private static final class Counted extends TermMatch {
        private final PostingsEnum postings;

        Counted(PostingsEnum postings) {
            this.postings = postings;
        }

        @Override
        int count() throws IOException {
            return postings.freq();
        }

        @Override
        public int docID() {
            return postings.docID();
        }

        @Override
        public int nextDoc() throws IOException {
            return postings.nextDoc();
        }

        @Override
        public int advance(int target) throws IOException {
            return postings.advance(target);
        }

        @Override
        public long cost() {
            return postings.cost();
        }
    }

    /** The covering bigrams of a longer (or self-overlapping) term, matched at their offsets. */
    private static final class Phrase extends TermMatch {
        private final List<PostingsEnum> pairs;
        private final int[] offsets;
        private final int length;
        private final Docs rows;
        private final int[][] positions;
        private int count;

        Phrase(List<PostingsEnum> pairs, int[] offsets, int length) {
            this.pairs = pairs;
            this.offsets = offsets;
            this.length = length;
            this.rows = Docs.all(pairs.stream().map(p -> Docs.of(p)).toList());
            this.positions = new int[pairs.size()][16];
        }

        @Override
        int count() {
            return count;
        }

        @Override
        public int docID() {
            return rows.docID();
        }

        @Override
        public int nextDoc() throws IOException {
            return matching(rows.nextDoc());
        }

        @Override
        public int advance(int target) throws IOException {
            return matching(rows.advance(target));
        }

        /** The first row from {@code doc} on where the pairs stand at their offsets, with its count. */
        private int matching(int doc) throws IOException {
            while (doc != NO_MORE) {
                count = countHere();
                if (count > 0) {
                    return doc;
                }
                doc = rows.nextDoc();
            }
            count = 0;
            return doc;
        }

        /** Starts where every pair is at its offset, taken left to right without overlapping. */
        private int countHere() throws IOException {
            int[] sizes = new int[pairs.size()];
            for (int k = 0; k < pairs.size(); k++) {
                PostingsEnum p = pairs.get(k);
                int freq = p.freq();
                if (positions[k].length < freq) {
                    positions[k] = new int[Math.max(freq, positions[k].length * 2)];
                }
                for (int i = 0; i < freq; i++) {
                    positions[k][i] = p.nextPosition() - offsets[k];
                }
                sizes[k] = freq;
            }
            int[] at = new int[pairs.size()];
            int found = 0;
            int nextAllowed = Integer.MIN_VALUE;
            for (int i = 0; i < sizes[0]; i++) {
                int start = positions[0][i];
                boolean all = true;
                for (int k = 1; k < pairs.size() && all; k++) {
                    while (at[k] < sizes[k] && positions[k][at[k]] < start) {
                        at[k]++;
                    }
                    all = at[k] < sizes[k] && positions[k][at[k]] == start;
                }
                if (all && start >= nextAllowed) {
                    found++;
                    nextAllowed = start + length;
                }
            }
            return found;
        }

        @Override
        public long cost() {
            return rows.cost();
        }
    }
}
