package org.policyexplorer.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policyexplorer.domain.Report;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.search.SearchQuery;
import org.policyexplorer.search.SearchScope;
import org.policyexplorer.search.SearchService;

/**
 * The 趋势 table: for each term, its occurrences in every report the facets keep, counted by the search index
 * with the same folding and the same exact substring rule as search — so a cell always equals the total the
 * search for that term (in quotes) in that report shows — then summed per year, place or level when asked. A
 * term is counted as written: a space, a leading "-" or "OR" inside it are part of it, not operators.
 */
public final class TermCounts {
    /** A term longer than this is cut: no word is, and a long phrase only costs time. */
    public static final int MAX_TERM_LENGTH = SearchQuery.MAX_LENGTH;

    private final LibraryService library;
    private final SearchService search;

    public TermCounts(LibraryService library, SearchService search) {
        this.library = library;
        this.search = search;
    }

    /**
     * Reads the terms a user typed or pasted: one per line or separated by commas (Chinese or Western), blank
     * ones dropped, each once, in order.
     */
    public static List<String> parseTerms(String typed) {
        Set<String> terms = new LinkedHashSet<>();
        if (typed != null) {
            for (String part : typed.split("[\\n,，、;；]")) {
                String term = part.strip();
                if (!term.isEmpty()) {
                    terms.add(term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term);
                }
            }
        }
        return List.copyOf(terms);
    }

    public TermTable count(List<String> terms, ReportFilter filter, TermGrouping grouping) {
        List<Report> reports = library.list(filter);
        SearchScope scope = filter.isAll() ? SearchScope.all()
                : SearchScope.reports(reports.stream().map(Report::id).collect(Collectors.toSet()));
        Map<String, Map<Long, long[]>> perTerm = new LinkedHashMap<>();
        for (String term : terms) {
            perTerm.put(term, search.countByReport(SearchQuery.literal(term), scope));
        }
        List<TermTable.Row> perReport = new ArrayList<>();
        for (Report r : reports) {
            Map<String, Long> counts = new LinkedHashMap<>();
            perTerm.forEach((term, byReport) -> {
                long[] c = byReport.get(r.id());
                counts.put(term, c == null ? 0L : c[1]);
            });
            perReport.add(new TermTable.Row(r.id(), r.title(), r.place(), r.year(), r.level(), r.length(), counts));
        }
        return new TermTable(terms, TermGrouping.REPORT, perReport, first(terms, perReport)).groupedBy(grouping);
    }

    private static Map<String, TermTable.First> first(List<String> terms, List<TermTable.Row> perReport) {
        Map<String, TermTable.First> first = new LinkedHashMap<>();
        Comparator<TermTable.Row> earliest = Comparator.comparing(TermTable.Row::year,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TermTable.Row::report);
        for (String term : terms) {
            first.put(term, perReport.stream().filter(r -> r.count(term) > 0).min(earliest)
                    .map(r -> new TermTable.First(r.report(), r.title(), r.year())).orElse(null));
        }
        return first;
    }
}
