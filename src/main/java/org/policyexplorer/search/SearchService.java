package org.policyexplorer.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.policyexplorer.store.Database;

/**
 * Answers searches from the index: the FTS5 table finds the matching sections (phrases of character pairs,
 * so every query length is exact), SQLite counts the occurrences in them, and only the hits shown are read
 * back to place the highlights and cut snippets.
 */
public final class SearchService implements AutoCloseable {
    /**
     * Above this many matching sections, "best first" ranks the most recent ones only: BM25 must score every
     * candidate, and for a word in a third of all sections that costs more than a keystroke may; the total
     * is still exact.
     */
    static final int RANK_CANDIDATES = 2000;
    /** Libraries with more search rows than this (some 500 reports) count in two halves at once. */
    static final long SPLIT_ABOVE_ROWS = 20_000;
    private final long splitAboveRows;
    private final Database db;
    /** Counts run here, on the store's side connection, while the ranked hits are read on the main one. */
    private final ExecutorService counting = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "pe-search-count");
        t.setDaemon(true);
        return t;
    });

    public SearchService(Database db) {
        this(db, SPLIT_ABOVE_ROWS);
    }

    /** With the library size above which counting is split; tests split the smallest library. */
    SearchService(Database db, long splitAboveRows) {
        this.db = db;
        this.splitAboveRows = splitAboveRows;
    }

    /** Stops the counting thread; a search after this fails. */
    @Override
    public void close() {
        counting.shutdownNow();
    }

    public SearchResult search(String text, SearchScope scope, int limit, SearchOrder order) {
        return search(SearchQuery.parse(text), scope, limit, order);
    }

    public SearchResult search(SearchQuery query, SearchScope scope, int limit, SearchOrder order) {
        long started = System.nanoTime();
        if (query.isEmpty()) {
            return SearchResult.empty(query.text());
        }
        String match = matchExpression(query, scope);
        List<String> terms = query.positiveTerms();
        int[] vocabulary = totalsFromVocabulary(query, scope);
        // Counting reads every matching row. In a large library the rows are split in two: the upper half is
        // counted on the side connection while the hits are ranked, the lower half on the main one after.
        long split = vocabulary != null ? 0 : splitPoint();
        Future<int[]> counted = vocabulary != null ? CompletableFuture.completedFuture(vocabulary)
                : counting.submit(() -> db.readAside(c -> countMatches(c, match, terms, split, Long.MAX_VALUE)));
        List<SearchHit> hits = vocabulary != null && vocabulary[0] == 0 ? List.of()
                : hits(match, terms, Math.max(0, limit), order);
        int[] lower = split > 0 ? db.read(c -> countMatches(c, match, terms, 0, split - 1)) : new int[2];
        int[] upper = await(counted);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        return new SearchResult(query.text(), upper[1] + lower[1], upper[0] + lower[0], tookMs, hits);
    }

    /** The row id that halves the library's search rows, or 0 when it is small enough to count in one go. */
    private long splitPoint() {
        long maxId = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT max(id) FROM search_row");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
        return maxId >= splitAboveRows ? maxId / 2 : 0;
    }

    /**
     * For one word of up to three characters searched everywhere, the index's own statistics give the total:
     * rows holding the token and its instances (equal to occurrences when they cannot overlap). Words to
     * exclude are then taken off by counting only the few rows that hold both.
     */
    private int[] totalsFromVocabulary(SearchQuery query, SearchScope scope) {
        if (scope.reportId() != null || scope.role() != null || query.alternatives().size() != 1
                || query.alternatives().get(0).size() != 1) {
            return null;
        }
        String term = query.alternatives().get(0).get(0);
        int length = term.codePointCount(0, term.length());
        if (length > 3 || IndexTokens.canOverlap(term)) {
            return null;
        }
        int[] totals = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT doc, cnt FROM search_vocab WHERE term = ? AND col = ?")) {
                ps.setString(1, IndexTokens.ngrams(term, length));
                ps.setString(2, IndexTokens.column(length));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new int[] {rs.getInt(1), rs.getInt(2)} : new int[] {0, 0};
                }
            }
        });
        if (!query.excluded().isEmpty() && totals[0] > 0) {
            String both = IndexTokens.matchExpression(term) + " AND " + query.excluded().stream()
                    .map(IndexTokens::matchExpression).collect(Collectors.joining(" OR ", "(", ")"));
            int[] excluded = db.readAside(c -> countMatches(c, both, List.of(term), 0, Long.MAX_VALUE));
            totals = new int[] {totals[0] - excluded[0], totals[1] - excluded[1]};
        }
        return totals;
    }

    private static int[] await(Future<int[]> counted) {
        try {
            return counted.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Counts the matching rows with ids in [from, to] and their occurrences of the terms. */
    private static int[] countMatches(java.sql.Connection c, String match, List<String> terms, long from, long to)
            throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(countSql(terms.size()))) {
            int i = 1;
            for (String term : terms) {
                ps.setString(i++, term);
                ps.setString(i++, term);
            }
            ps.setString(i++, match);
            ps.setLong(i++, from);
            ps.setLong(i, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    private List<SearchHit> hits(String match, List<String> terms, int limit, SearchOrder order) {
        boolean bounded = order == SearchOrder.RANK;
        String orderBy = order == SearchOrder.RANK ? "rank" : "search_index.rowid";
        String sql = "SELECT r.report_id, r.section_id, r.start_pos, r.cp_start, r.text, r.norm "
                + "FROM search_index JOIN search_row r ON r.id = search_index.rowid "
                + "WHERE search_index MATCH ?" + (bounded ? " AND search_index.rowid >= ?" : "")
                + " ORDER BY " + orderBy + " LIMIT ?";
        return db.read(c -> {
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, match);
                if (bounded) {
                    ps.setLong(i++, candidateBoundary(c, match));
                }
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(HitText.hit(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                                rs.getString(5), rs.getString(6), terms));
                    }
                }
            }
            return hits;
        });
    }

    /** The row id above which the most recent {@link #RANK_CANDIDATES} matches lie; 0 when there are fewer. */
    private static long candidateBoundary(java.sql.Connection c, String match) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM search_index WHERE search_index MATCH ? "
                + "ORDER BY rowid DESC LIMIT 1 OFFSET ?")) {
            ps.setString(1, match);
            ps.setInt(2, RANK_CANDIDATES - 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Counts matching rows and, per term, its occurrences: (length − length without it) / its length. */
    private static String countSql(int termCount) {
        // byte lengths are O(1) in SQLite; occurrences differ in bytes by a multiple of the term's byte length
        String perTerm = "(octet_length(norm) - octet_length(replace(norm, ?, ''))) / octet_length(?)";
        String occurrences = java.util.Collections.nCopies(termCount, perTerm).stream()
                .collect(Collectors.joining(" + "));
        return "SELECT count(*), coalesce(sum(" + occurrences + "), 0) FROM search_row "
                + "WHERE id IN (SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?)";
    }

    /** ((a AND b) OR (c)) NOT (d OR e) AND scope, each term a phrase of hex tokens: no user syntax gets in. */
    public static String matchExpression(SearchQuery query, SearchScope scope) {
        String positive = query.alternatives().stream()
                .map(terms -> terms.stream().map(IndexTokens::matchExpression)
                        .collect(Collectors.joining(" AND ", "(", ")")))
                .collect(Collectors.joining(" OR ", "(", ")"));
        StringBuilder expr = new StringBuilder(positive);
        if (!query.excluded().isEmpty()) {
            expr.insert(0, '(').append(" NOT ").append(query.excluded().stream().map(IndexTokens::matchExpression)
                    .collect(Collectors.joining(" OR ", "(", ")"))).append(')');
        }
        if (scope.reportId() != null) {
            expr.append(" AND scope : \"r").append(scope.reportId()).append('"');
        }
        if (scope.role() != null) {
            expr.append(" AND scope : \"").append(scope.role().key()).append('"');
        }
        return expr.toString();
    }
}
