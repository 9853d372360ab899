package org.policyexplorer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.Bits;

/**
 * A whole query in one index segment: walks the rows it matches (any alternative whose terms all occur, none
 * of the excluded terms, inside the scope) and counts the occurrences of every positive term in each, reading
 * postings only — no row's text is touched.
 */
final class SegmentMatch {
    private final Bits live;
    private final List<Docs> alternatives = new ArrayList<>();
    private final List<TermMatch> excluded = new ArrayList<>();
    /** For each positive term, the match that counts it (may be shared with an alternative). */
    private final List<TermMatch> counters = new ArrayList<>();
    private int doc = -1;

    private SegmentMatch(Bits live) {
        this.live = live;
    }

    /** The rows a search is narrowed to, walked afresh by each alternative. */
    interface Scope {
        /** @return null when no row of the segment is in scope */
        Docs rows() throws IOException;
    }

    /**
     * @param scope the rows the search is narrowed to, or null for all
     * @return null when nothing in the segment can match
     */
    static SegmentMatch of(LeafReader leaf, SearchQuery query, Scope scope) throws IOException {
        SegmentMatch match = new SegmentMatch(leaf.getLiveDocs());
        Map<String, TermMatch> soleTerms = new LinkedHashMap<>();
        for (List<String> alternative : query.alternatives()) {
            List<Docs> parts = new ArrayList<>();
            boolean possible = true;
            for (String term : alternative) {
                TermMatch t = TermMatch.of(leaf, term);
                if (t == null) {
                    possible = false;
                    break;
                }
                parts.add(t);
            }
            if (!possible) {
                continue;
            }
            if (alternative.size() == 1 && scope == null) {
                soleTerms.putIfAbsent(alternative.get(0), (TermMatch) parts.get(0));
            }
            if (scope != null) {
                Docs inScope = scope.rows();
                if (inScope == null) {
                    return null;
                }
                parts.add(inScope);
            }
            match.alternatives.add(Docs.all(parts));
            if (query.alternatives().size() == 1) {
                parts.stream().filter(TermMatch.class::isInstance).map(TermMatch.class::cast)
                        .forEach(match.counters::add);
            }
        }
        if (match.alternatives.isEmpty()) {
            return null;
        }
        if (query.alternatives().size() > 1) {
            for (String term : query.positiveTerms()) {
                // a lone-term alternative walks every row of its term one by one, so it can count it too
                TermMatch counter = soleTerms.containsKey(term) ? soleTerms.get(term) : TermMatch.of(leaf, term);
                if (counter != null) {
                    match.counters.add(counter);
                }
            }
        }
        for (String term : query.excluded()) {
            TermMatch t = TermMatch.of(leaf, term);
            if (t != null) {
                match.excluded.add(t);
            }
        }
        return match;
    }

    /** The next matching live row, or {@link Docs#NO_MORE}. */
    int nextDoc() throws IOException {
        while (true) {
            int next = Docs.NO_MORE;
            for (Docs alternative : alternatives) {
                int at = alternative.docID() <= doc ? alternative.nextDoc() : alternative.docID();
                next = Math.min(next, at);
            }
            doc = next;
            if (doc == Docs.NO_MORE || (live == null || live.get(doc)) && !isExcluded()) {
                return doc;
            }
        }
    }

    private boolean isExcluded() throws IOException {
        for (TermMatch t : excluded) {
            int at = t.docID() < doc ? t.advance(doc) : t.docID();
            if (at == doc) {
                return true;
            }
        }
        return false;
    }

    /** Occurrences of the positive terms in the current row. */
    int count() throws IOException {
        int total = 0;
        for (TermMatch t : counters) {
            int at = t.docID() < doc ? t.advance(doc) : t.docID();
            if (at == doc) {
                total += t.count();
            }
        }
        return total;
    }
}
