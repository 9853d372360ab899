package org.policyexplorer.search;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;

/** Rows of one index segment in ascending order, as Lucene's iterators walk them. */
interface Docs {
    int NO_MORE = DocIdSetIterator.NO_MORE_DOCS;

    int docID();

    int nextDoc() throws IOException;

    /** The first row at or after {@code target}. */
    int advance(int target) throws IOException;

    /** About how many rows there are: the rarest is walked first. */
    long cost();

    static Docs of(DocIdSetIterator it) {
        return new Docs() {
            @Override
            public int docID() {
                return it.docID();
            }

            @Override
            public int nextDoc() throws IOException {
                return it.nextDoc();
            }

            @Override
            public int advance(int target) throws IOException {
                return it.advance(target);
            }

            @Override
            public long cost() {
                return it.cost();
            }
        };
    }

    /** Rows in all of {@code parts}, leapfrogging from the rarest. */
    static Docs all(java.util.List<? extends Docs> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Docs[] sorted = parts.toArray(new Docs[0]);
        java.util.Arrays.sort(sorted, java.util.Comparator.comparingLong(Docs::cost));
        return new Docs() {
            private int doc = -1;

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() throws IOException {
                return align(sorted[0].nextDoc());
            }

            @Override
            public int advance(int target) throws IOException {
                return align(sorted[0].advance(target));
            }

            private int align(int candidate) throws IOException {
                outer:
                while (candidate != NO_MORE) {
                    for (int i = 1; i < sorted.length; i++) {
                        int at = sorted[i].docID() < candidate ? sorted[i].advance(candidate) : sorted[i].docID();
                        if (at > candidate) {
                            candidate = sorted[0].advance(at);
                            continue outer;
                        }
                    }
                    break;
                }
                doc = candidate;
                return doc;
            }

            @Override
            public long cost() {
                return sorted[0].cost();
            }
        };
    }
}
