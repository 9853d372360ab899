package org.policyexplorer.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.Tag;

/**
 * The code × report matrix QDA tools have: how many coded passages each code has in each report. Rolled up, a
 * code's row counts the passages carrying it or any code below it, each passage once. Columns are the reports
 * with a coded passage, in the order given; rows the codes in the codebook's order (parents before children).
 */
public record CodeMatrix(List<Column> reports, List<Row> rows, boolean rolledUp) {

    /** A report of the matrix. */
    public record Column(long reportId, String title) {
    }

    /** A code's row: its name, path and depth (0 at the top), the count per column, and the sum. */
    public record Row(String tag, String path, int depth, List<Integer> counts, int total) {
    }

    public CodeMatrix {
        reports = List.copyOf(reports);
        rows = List.copyOf(rows);
    }

    public static CodeMatrix of(List<Report> library, List<Annotation> annotations, Codebook codebook,
                                boolean rollUp) {
        Set<Long> coded = new LinkedHashSet<>();
        List<String> used = new ArrayList<>();
        for (Annotation a : annotations) {
            if (!a.tags().isEmpty()) {
                coded.add(a.reportId());
                used.addAll(a.tags());
            }
        }
        Codebook codes = codebook.including(used);
        List<Column> columns = new ArrayList<>();
        Map<Long, Integer> columnOf = new HashMap<>();
        for (Report r : library) {
            if (coded.contains(r.id())) {
                columnOf.put(r.id(), columns.size());
                columns.add(new Column(r.id(), r.title()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Tag tag : codes.tags()) {
            Set<String> counted = rollUp ? codes.withDescendants(tag.name()) : Set.of(tag.name());
            int[] counts = new int[columns.size()];
            for (Annotation a : annotations) {
                Integer column = columnOf.get(a.reportId());
                if (column != null && a.tags().stream().anyMatch(counted::contains)) {
                    counts[column]++;
                }
            }
            List<Integer> list = java.util.Arrays.stream(counts).boxed().toList();
            rows.add(new Row(tag.name(), codes.pathText(tag.name()), codes.path(tag.name()).size() - 1, list,
                    list.stream().mapToInt(Integer::intValue).sum()));
        }
        return new CodeMatrix(columns, rows, rollUp);
    }

    /** The tags whose passages a cell counts: the row's tag, and with roll-up the tags below it. */
    public static Set<String> tagsOf(Codebook codebook, String tag, boolean rollUp) {
        return rollUp ? codebook.withDescendants(tag) : Set.of(tag);
    }
}
