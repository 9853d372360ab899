package org.policyexplorer.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.search.SearchFolding;
import org.policyexplorer.search.SearchQuery;
import org.policyexplorer.store.Database;

/**
 * The baseline the index must beat: the same question answered by scanning every row with LIKE, as an
 * application without an index would. It returns the total and the first rows, in report order.
 */
final class ScanSearch {
    private final Database db;

    ScanSearch(Database db) {
        this.db = db;
    }

    /** {total occurrences, matching rows}; also reads the first {@code limit} matching rows. */
    int[] search(String text, int limit) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            return new int[] {0, 0};
        }
        List<String> params = new ArrayList<>();
        String where = where(query, params);
        List<String> terms = query.positiveTerms();
        StringBuilder occurrences = new StringBuilder("0");
        List<String> countParams = new ArrayList<>();
        for (String term : terms) {
            occurrences.append(" + (octet_length(norm) - octet_length(replace(norm, ?, ''))) / octet_length(?)");
            countParams.add(term);
            countParams.add(term);
        }
        String countSql = "SELECT count(*), coalesce(sum(" + occurrences + "), 0) FROM bench_row WHERE " + where;
        String rowsSql = "SELECT id, text FROM bench_row WHERE " + where + " ORDER BY id LIMIT " + limit;
        return db.read(c -> {
            int[] result = new int[2];
            try (PreparedStatement ps = c.prepareStatement(countSql)) {
                int i = 1;
                for (String p : countParams) {
                    ps.setString(i++, p);
                }
                for (String p : params) {
                    ps.setString(i++, p);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    result[1] = rs.getInt(1);
                    result[0] = rs.getInt(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(rowsSql)) {
                int i = 1;
                for (String p : params) {
                    ps.setString(i++, p);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(2);
                    }
                }
            }
            return result;
        });
    }

    private static String where(SearchQuery query, List<String> params) {
        List<String> alternatives = new ArrayList<>();
        for (List<String> terms : query.alternatives()) {
            List<String> all = new ArrayList<>();
            for (String term : terms) {
                all.add("norm LIKE ? ESCAPE '\\'");
                params.add(like(term));
            }
            alternatives.add("(" + String.join(" AND ", all) + ")");
        }
        String where = "(" + String.join(" OR ", alternatives) + ")";
        for (String term : query.excluded()) {
            where += " AND norm NOT LIKE ? ESCAPE '\\'";
            params.add(like(term));
        }
        return where;
    }

    /** %, _ and \ in the term are literal. */
    static String like(String term) {
        String folded = SearchFolding.fold(term);
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
