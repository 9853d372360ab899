package org.policyexplorer.ui.trends;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.ReportFacetLabels;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.settings.Settings;
import org.policyexplorer.trends.TermCounts;
import org.policyexplorer.trends.TermGrouping;
import org.policyexplorer.trends.TermTable;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.common.FileExports;
import org.policyexplorer.ui.common.ChartImages;

/**
 * The 趋势 tab's state: the terms typed (or a saved list), the table of their counts over the reports the
 * facets keep — per report, year, place or level — the chart drawn from it, and where each term first appears.
 * Counts come from the search index once per change of terms or facets; regrouping and charting only sum them.
 */
public final class TrendsViewModel {
    /** What the chart shows. */
    public enum ChartKind {
        /** Rate per 10,000 characters by year, a line per term. */
        YEARS_BY_TERM,
        /** Rate by year of the chosen term, a line per place. */
        YEARS_BY_PLACE,
        /** Rate of the chosen term across places in the chosen year, as bars. */
        PLACES_IN_YEAR
    }

    /** A line of the chart: its name and a point per year. */
    public record Line(String name, Map<Integer, Double> perYear) {
    }

    /** A bar of the chart. */
    public record Bar(String label, double value) {
    }

    /** A saved list of terms: its name and the terms, one per line. */
    public record SavedList(String name, String terms) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String LISTS_KEY = "trends.lists";

    private final TermCounts counts;
    private final Settings settings;
    private final Messages messages;
    private final BackgroundWork background;
    private final FileExports files;
    private final ReportFacetLabels labels;
    private final SearchRequest searchRequest;
    private final StringProperty termsText = new SimpleStringProperty("");
    private final ObjectProperty<TermGrouping> grouping = new SimpleObjectProperty<>(TermGrouping.REPORT);
    private final ObjectProperty<ReportFilter> filter = new SimpleObjectProperty<>(ReportFilter.all());
    private final ObjectProperty<TermTable> perReport = new SimpleObjectProperty<>();
    private final ObservableList<String> terms = FXCollections.observableArrayList();
    private final ObservableList<TermTable.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> firsts = FXCollections.observableArrayList();
    private final ObservableList<SavedList> savedLists = FXCollections.observableArrayList();
    private final ObjectProperty<ChartKind> chartKind = new SimpleObjectProperty<>(ChartKind.YEARS_BY_TERM);
    private final StringProperty chartTerm = new SimpleStringProperty();
    private final ObjectProperty<Integer> chartYear = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private long generation;

    public TrendsViewModel(TermCounts counts, Settings settings, Messages messages, BackgroundWork background,
                           SearchRequest searchRequest) {
        this.counts = counts;
        this.settings = settings;
        this.messages = messages;
        this.background = background;
        this.files = new FileExports(background, messages);
        this.searchRequest = searchRequest;
        this.labels = new ReportFacetLabels(messages);
        grouping.addListener((obs, old, now) -> showGrouped());
        filter.addListener((obs, old, now) -> {
            if (!terms.isEmpty()) {
                count();
            }
        });
        chartKind.addListener((obs, old, now) -> updateChart());
        chartTerm.addListener((obs, old, now) -> updateChart());
        chartYear.addListener((obs, old, now) -> updateChart());
        background.run(() -> settings.get(LISTS_KEY).orElse(""), stored -> savedLists.setAll(parseLists(stored)),
                BackgroundWork.LOGGED_ONLY);
    }

    /** Counts the typed terms over the reports the facets keep; an empty list says so instead. */
    public void count() {
        List<String> asked = TermCounts.parseTerms(termsText.get());
        if (asked.isEmpty()) {
            problem.set(messages.get("trends.noTerms"));
            return;
        }
        long mine = ++generation;
        ReportFilter kept = filter.get() == null ? ReportFilter.all() : filter.get();
        background.run(() -> counts.count(asked, kept, TermGrouping.REPORT), table -> {
            if (mine != generation) {
                return; // a later count is on its way
            }
            problem.set("");
            perReport.set(table);
            terms.setAll(table.terms());
            firsts.setAll(table.terms().stream().map(t -> firstText(t, table.first().get(t))).toList());
            years.setAll(table.rows().stream().map(TermTable.Row::year).filter(java.util.Objects::nonNull)
                    .distinct().sorted().toList());
            if (chartTerm.get() == null || !terms.contains(chartTerm.get())) {
                chartTerm.set(terms.get(0));
            }
            if (chartYear.get() == null || !years.contains(chartYear.get())) {
                chartYear.set(years.isEmpty() ? null : years.get(years.size() - 1));
            }
            showGrouped();
        }, error -> {
            if (mine == generation) {
                problem.set(ErrorMessages.describe(messages, error));
            }
        });
    }

    private String firstText(String term, TermTable.First first) {
        return first == null ? messages.get("trends.firstNone", term)
                : messages.get("trends.first", term, first.title(),
                first.year() == null ? labels.unknown() : first.year().toString());
    }

    private void showGrouped() {
        TermTable table = perReport.get();
        rows.setAll(table == null ? List.of() : table.groupedBy(grouping.get()).rows());
        updateChart();
    }

    private void updateChart() {
        TermTable table = perReport.get();
        lines.clear();
        bars.clear();
        if (table == null) {
            return;
        }
        switch (chartKind.get()) {
            case YEARS_BY_TERM -> {
                List<TermTable.Row> byYear = table.groupedBy(TermGrouping.YEAR).rows();
                for (String term : table.terms()) {
                    Map<Integer, Double> points = new TreeMap<>();
                    byYear.stream().filter(r -> r.year() != null).forEach(r -> points.put(r.year(), r.per10k(term)));
                    lines.add(new Line(term, points));
                }
            }
            case YEARS_BY_PLACE -> {
                String term = chartTerm.get();
                table.rows().stream().map(r -> labels.place(r.place())).distinct().forEach(place -> {
                    Map<Integer, Double> points = new TreeMap<>();
                    table.only(r -> r.year() != null && labels.place(r.place()).equals(place))
                            .groupedBy(TermGrouping.YEAR).rows().forEach(r -> points.put(r.year(), r.per10k(term)));
                    lines.add(new Line(place, points));
                });
            }
            case PLACES_IN_YEAR -> {
                String term = chartTerm.get();
                Integer year = chartYear.get();
                // a place with two reports that year (a correction, a second session) is one bar
                table.only(r -> java.util.Objects.equals(r.year(), year)).groupedBy(TermGrouping.PLACE).rows()
                        .forEach(r -> bars.add(new Bar(labels.place(r.place()), r.per10k(term))));
            }
            default -> throw new IllegalStateException();
        }
    }

    /** A click on a count: the search for that term in that report (or, on a group row, nothing). */
    public void openSearch(TermTable.Row row, String term) {
        if (row.report() != null) {
            searchRequest.search(row.report(), term);
        }
    }

    /** Keeps the typed terms under a name (replacing a list of that name), for next time. */
    public void saveList(String name) {
        String clean = name == null ? "" : name.strip().replace('\n', ' ').replace('=', ' ');
        List<String> asked = TermCounts.parseTerms(termsText.get());
        if (clean.isEmpty() || asked.isEmpty()) {
            return;
        }
        savedLists.removeIf(l -> l.name().equals(clean));
        savedLists.add(new SavedList(clean, String.join("\n", asked)));
        String stored = formatLists(savedLists);
        background.runQuietly(() -> settings.putAll(Map.of(LISTS_KEY, stored)));
    }

    /** Puts a saved list's terms in the box and counts them. */
    public void useList(SavedList list) {
        if (list != null) {
            termsText.set(list.terms());
            count();
        }
    }

    /** Lists as stored: one per line, {@code name=term,term}. */
    static List<SavedList> parseLists(String stored) {
        List<SavedList> lists = new ArrayList<>();
        for (String line : stored.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                lists.add(new SavedList(line.substring(0, eq), String.join("\n",
                        TermCounts.parseTerms(line.substring(eq + 1)))));
            }
        }
        return lists;
    }

    static String formatLists(List<SavedList> lists) {
        StringBuilder sb = new StringBuilder();
        for (SavedList l : lists) {
            sb.append(l.name()).append('=').append(String.join(",", TermCounts.parseTerms(l.terms()))).append('\n');
        }
        return sb.toString();
    }

    /** The table as shown (its grouping) as CSV: the facets, characters, then each term's count and rate. */
    public void exportTable(Path target, Runnable done, Consumer<String> failed) {
        List<String> header = new ArrayList<>();
        if (grouping.get() == TermGrouping.REPORT) {
            header.add(messages.get("trends.column.report"));
        }
        header.addAll(List.of(messages.get("targets.column.place"), messages.get("targets.column.year"),
                messages.get("targets.column.level"), messages.get("trends.column.chars")));
        for (String term : terms) {
            header.add(term);
            header.add(messages.get("trends.column.per10kOf", term));
        }
        List<List<Object>> cells = new ArrayList<>();
        for (TermTable.Row row : rows) {
            List<Object> line = new ArrayList<>();
            if (grouping.get() == TermGrouping.REPORT) {
                line.add(row.title());
            }
            line.addAll(List.of(placeOf(row), yearOf(row), levelOf(row), row.chars()));
            for (String term : terms) {
                line.add(row.count(term));
                line.add(Math.round(row.per10k(term) * 1000) / 1000.0);
            }
            cells.add(line);
        }
        files.csv(target, header, cells, done, failed);
    }

    /** Writes the chart's snapshot (taken on the FX thread) as PNG, in the background. */
    public void exportChart(ChartImages.Pixels pixels, Path target, Runnable done, Consumer<String> failed) {
        files.png(pixels, target, done, failed);
    }

    /** The place as the table shows it: 未知 for a report without one; empty on a row grouped otherwise. */
    public String placeOf(TermTable.Row row) {
        return grouping.get() == TermGrouping.REPORT || grouping.get() == TermGrouping.PLACE
                ? labels.place(row.place()) : "";
    }

    public String yearOf(TermTable.Row row) {
        return grouping.get() == TermGrouping.REPORT || grouping.get() == TermGrouping.YEAR
                ? (row.year() == null ? labels.unknown() : row.year().toString()) : "";
    }

    public String levelOf(TermTable.Row row) {
        return grouping.get() == TermGrouping.REPORT || grouping.get() == TermGrouping.LEVEL
                ? (row.level() == null ? labels.unknown() : messages.get("level." + row.level().key())) : "";
    }

    public StringProperty termsTextProperty() {
        return termsText;
    }

    public ObjectProperty<TermGrouping> groupingProperty() {
        return grouping;
    }

    /** The facets the table keeps; the window binds this to the library's. */
    public ObjectProperty<ReportFilter> filterProperty() {
        return filter;
    }

    public ObservableList<String> terms() {
        return terms;
    }

    public ObservableList<TermTable.Row> rows() {
        return rows;
    }

    /** Where each term first appears, a sentence each. */
    public ObservableList<String> firsts() {
        return firsts;
    }

    public ObservableList<SavedList> savedLists() {
        return savedLists;
    }

    public ObjectProperty<ChartKind> chartKindProperty() {
        return chartKind;
    }

    public StringProperty chartTermProperty() {
        return chartTerm;
    }

    public ObjectProperty<Integer> chartYearProperty() {
        return chartYear;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<Bar> bars() {
        return bars;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
