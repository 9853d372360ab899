package org.policyexplorer.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The user's query as a Lucene query, for ranking and ordering the hits shown; it matches exactly the rows
 * {@link SegmentMatch} counts. Terms are built from the folded text directly, never parsed, so nothing a user
 * types can act as syntax.
 */
final class LuceneQueries {
    private LuceneQueries() {
    }

    static Query of(SearchQuery query, SearchScope scope) {
        BooleanQuery.Builder positive = new BooleanQuery.Builder();
        for (List<String> alternative : query.alternatives()) {
            if (alternative.size() == 1) {
                positive.add(term(alternative.get(0)), Occur.SHOULD);
                continue;
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            alternative.forEach(t -> all.add(term(t), Occur.MUST));
            positive.add(all.build(), Occur.SHOULD);
        }
        BooleanQuery.Builder whole = new BooleanQuery.Builder().add(positive.build(), Occur.MUST);
        query.excluded().forEach(t -> whole.add(term(t), Occur.MUST_NOT));
        Query filter = scope(scope);
        if (filter != null) {
            whole.add(filter, Occur.FILTER);
        }
        return whole.build();
    }

    /** Rows holding the folded term as a substring. */
    static Query term(String folded) {
        int[] cps = folded.codePoints().toArray();
        if (cps.length == 1) {
            return new TermQuery(new Term(IndexFields.UNI, folded));
        }
        if (cps.length == 2) {
            return new TermQuery(new Term(IndexFields.BI, folded));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int start : Grams.cover(cps.length)) {
            phrase.add(new Term(IndexFields.BI, Grams.pair(cps, start)), start);
        }
        return phrase.build();
    }

    /** The rows a scope allows, or null for all of them. */
    static Query scope(SearchScope scope) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
        if (scope.reportId() != null) {
            filter.add(new TermQuery(new Term(IndexFields.REPORT_TERM, Long.toString(scope.reportId()))), Occur.FILTER);
            any = true;
        }
        if (scope.role() != null) {
            filter.add(new TermQuery(new Term(IndexFields.ROLE, scope.role().key())), Occur.FILTER);
            any = true;
        }
        if (scope.reports() != null) {
            filter.add(new TermInSetQuery(IndexFields.REPORT_TERM, scope.reports().stream()
                    .map(id -> new BytesRef(Long.toString(id))).toList()), Occur.FILTER);
            any = true;
        }
        return any ? filter.build() : null;
    }
}
