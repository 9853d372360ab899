package org.policyexplorer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * Answers searches from the index (docs/search.md): the total and the number of matching sections are counted
 * from postings — from the segment's own statistics when a single gram is searched everywhere — and only the
 * hits shown are read back, with their text, to place the highlights and cut snippets. Hits best first are
 * ranked by BM25, in report order by the index's own order.
 */
public final class SearchService implements AutoCloseable {
    private final SearchIndex index;
    /** Off only in tests, to check that statistics and counting row by row agree. */
    private final boolean useStatistics;

    public SearchService(SearchIndex index) {
        this(index, true);
    }

    SearchService(SearchIndex index, boolean useStatistics) {
        this.index = index;
        this.useStatistics = useStatistics;
    }

    /** Nothing to stop: the index belongs to whoever opened it. */
    @Override
    public void close() {
    }

    public SearchResult search(String text, SearchScope scope, int limit, SearchOrder order) {
        return search(SearchQuery.parse(text), scope, limit, order);
    }

    public SearchResult search(SearchQuery query, SearchScope scope, int limit, SearchOrder order) {
        long started = System.nanoTime();
        if (query.isEmpty()) {
            return SearchResult.empty(query.text());
        }
        return index.withSearcher(searcher -> {
            long[] totals = count(searcher, query, scope, null);
            List<SearchHit> hits = totals[0] == 0 ? List.of() : hits(searcher, query, scope, Math.max(0, limit), order);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            return new SearchResult(query.text(), (int) totals[1], (int) totals[0], tookMs, hits);
        });
    }

    /** {sections with hits, occurrences} of the query, without reading any hit: what a count needs. */
    public long[] totals(SearchQuery query, SearchScope scope) {
        if (query.isEmpty()) {
            return new long[2];
        }
        return index.withSearcher(searcher -> count(searcher, query, scope, null));
    }

    /**
     * Occurrences of the query per report, counted exactly as {@link #search} counts its total.
     *
     * @return report id → {sections with hits, occurrences}; reports without a hit are absent
     */
    public Map<Long, long[]> countByReport(SearchQuery query, SearchScope scope) {
        if (query.isEmpty()) {
            return Map.of();
        }
        return index.withSearcher(searcher -> {
            Map<Long, long[]> perReport = new HashMap<>();
            count(searcher, query, scope, perReport);
            return perReport;
        });
    }

    /**
     * Every occurrence of the query's terms as a line of context, in report order, up to {@code limit} lines.
     *
     * @param width characters of context on each side, within the occurrence's paragraph
     */
    public List<ConcordanceLine> concordance(SearchQuery query, SearchScope scope, int limit, int width) {
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(LuceneQueries.of(query, scope), limit, IndexFields.INDEX_ORDER);
            StoredFields stored = searcher.storedFields();
            List<ConcordanceLine> lines = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document row = stored.document(sd.doc);
                String text = row.get(IndexFields.TEXT);
                int start = row.getField(IndexFields.START).numericValue().intValue();
                SearchHit hit = hit(row, text, query.positiveTerms());
                for (Occurrence o : hit.occurrences()) {
                    if (lines.size() == limit) {
                        return lines;
                    }
                    int from = o.start() - start;
                    int to = o.end() - start;
                    lines.add(new ConcordanceLine(hit.reportId(), hit.sectionId(), o,
                            HitText.before(text, from, width), text.substring(from, to), HitText.after(text, to, width)));
                }
            }
            return lines;
        });
    }

    /** {sections, occurrences} over the whole index; per report into {@code perReport} when it is given. */
    private long[] count(IndexSearcher searcher, SearchQuery query, SearchScope scope, Map<Long, long[]> perReport)
            throws IOException {
        Weight scopeWeight = scopeWeight(searcher, scope);
        long[] totals = new long[2];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            if (perReport == null && scopeWeight == null && answeredByStatistics(query, reader)) {
                for (String term : query.positiveTerms()) {
                    long[] stats = TermMatch.statistics(reader, term);
                    totals[0] += stats[0];
                    totals[1] += stats[1];
                }
                continue;
            }
            SegmentMatch.Scope scopeRows = scopeWeight == null ? null : () -> {
                Scorer scorer = scopeWeight.scorer(leaf);
                return scorer == null ? null : Docs.of(scorer.iterator());
            };
            SegmentMatch match = SegmentMatch.of(reader, query, scopeRows);
            if (match == null) {
                continue;
            }
            NumericDocValues reports = perReport == null ? null : reader.getNumericDocValues(IndexFields.REPORT);
            for (int doc = match.nextDoc(); doc != Docs.NO_MORE; doc = match.nextDoc()) {
                int count = match.count();
                totals[0]++;
                totals[1] += count;
                if (reports != null && reports.advanceExact(doc)) {
                    long[] r = perReport.computeIfAbsent(reports.longValue(), k -> new long[2]);
                    r[0]++;
                    r[1] += count;
                }
            }
        }
        return totals;
    }

    /**
     * One gram counted by frequency (or several as alternatives, each alone) in a segment without deleted
     * rows: the segment's statistics are the answer, whatever the word's frequency. Alternatives may share rows,
     * so they are answered this way only when there is one.
     */
    private boolean answeredByStatistics(SearchQuery query, LeafReader reader) {
        return useStatistics && reader.numDeletedDocs() == 0 && query.excluded().isEmpty()
                && query.alternatives().size() == 1 && query.alternatives().get(0).size() == 1
                && TermMatch.countedByFrequency(query.alternatives().get(0).get(0));
    }

    private static Weight scopeWeight(IndexSearcher searcher, SearchScope scope) throws IOException {
        Query filter = LuceneQueries.scope(scope);
        return filter == null ? null
                : searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    private static List<SearchHit> hits(IndexSearcher searcher, SearchQuery query, SearchScope scope, int limit,
                                        SearchOrder order) throws IOException {
        if (limit == 0) {
            return List.of();
        }
        Query lucene = LuceneQueries.of(query, scope);
        TopDocs top = order == SearchOrder.RANK ? searcher.search(lucene, limit)
                : searcher.search(lucene, limit, IndexFields.INDEX_ORDER);
        List<String> terms = query.positiveTerms();
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            Document row = stored.document(sd.doc);
            hits.add(hit(row, row.get(IndexFields.TEXT), terms));
        }
        return hits;
    }

    /** A stored row as a hit: its occurrences placed, its snippet cut. */
    private static SearchHit hit(Document row, String text, List<String> terms) {
        return HitText.hit(row.getField(IndexFields.REPORT).numericValue().longValue(),
                row.getField(IndexFields.SECTION).numericValue().longValue(),
                row.getField(IndexFields.START).numericValue().intValue(),
                row.getField(IndexFields.CODE_POINT_START).numericValue().intValue(),
                text, SearchFolding.fold(text), terms);
    }
}
