package org.policyexplorer.ui.targets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.Report;
import org.policyexplorer.indicators.TargetOutcome;
import org.policyexplorer.indicators.TargetsAcrossReports;
import org.policyexplorer.indicators.TargetsTable;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.common.ChartImages;
import org.policyexplorer.ui.common.FileExports;

/**
 * The 目标 tab's state: the targets table of the reports the filter keeps, the bars of one indicator across
 * them, and last year's targets beside what the next reports say; exports to CSV and PNG. The filter is a
 * property the window binds to its facet controls; every change reads the table again on the interactive lane.
 */
public final class TargetsViewModel {
    /** One bar: a report's place (with its year where the place has several) and the target's value. */
    public record Bar(String label, double value) {
    }

    private final TargetsAcrossReports service;
    private final Messages messages;
    private final BackgroundWork background;
    private final ReportFacetLabels labels;
    private final FileExports files;
    private final ObjectProperty<ReportFilter> filter = new SimpleObjectProperty<>(ReportFilter.all());
    private final ObservableList<String> indicators = FXCollections.observableArrayList();
    private final ObservableList<TargetsTable.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<TargetOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final StringProperty chartIndicator = new SimpleStringProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    /** Nothing is read until the tab is first shown. */
    private boolean active;

    /** What one reading of the library gives: the table and the outcomes, together. */
    private record Loaded(TargetsTable table, List<TargetOutcome> outcomes) {
    }

    public TargetsViewModel(TargetsAcrossReports service, Messages messages, BackgroundWork background,
                            MainViewModel main) {
        this.service = service;
        this.messages = messages;
        this.background = background;
        this.labels = new ReportFacetLabels(messages);
        this.files = new FileExports(background, messages);
        filter.addListener((obs, old, now) -> reload());
        // an import opens the report it added: the library is read again then, not on every report opened
        main.documentProperty().addListener((obs, old, doc) -> {
            if (doc != null && rows.stream().noneMatch(r -> r.report().id() == doc.report().id())) {
                reload();
            }
        });
        chartIndicator.addListener((obs, old, now) -> updateBars());
    }

    /** Called when the tab is shown; the first call reads the library. */
    public void activate() {
        if (!active) {
            active = true;
            reload();
        }
    }

    public void reload() {
        if (!active) {
            return;
        }
        ReportFilter kept = filter.get() == null ? ReportFilter.all() : filter.get();
        // every report's targets: on the long lane, so a search typed meanwhile does not wait behind it
        background.run(BackgroundWork.Lane.LONG, () -> new Loaded(service.table(kept), service.outcomes(kept)),
                this::show, error -> problem.set(ErrorMessages.describe(messages, error)));
    }

    private void show(Loaded loaded) {
        indicators.setAll(loaded.table().indicators());
        rows.setAll(loaded.table().rows());
        outcomes.setAll(loaded.outcomes());
        problem.set("");
        String chosen = chartIndicator.get();
        if (chosen == null || !indicators.contains(chosen)) {
            chartIndicator.set(indicators.isEmpty() ? null : indicators.get(0));
        }
        updateBars();
    }

    /** The facets the table keeps; the window binds this to its facet controls. */
    public ObjectProperty<ReportFilter> filterProperty() {
        return filter;
    }

    public ObservableList<String> indicators() {
        return indicators;
    }

    public ObservableList<TargetsTable.Row> rows() {
        return rows;
    }

    public ObservableList<TargetOutcome> outcomes() {
        return outcomes;
    }

    /** The bars of {@link #chartIndicatorProperty}: the reports that give it a number, in table order. */
    public ObservableList<Bar> bars() {
        return bars;
    }

    public StringProperty chartIndicatorProperty() {
        return chartIndicator;
    }

    /** Why the library could not be read, or empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    public ReportFacetLabels labels() {
        return labels;
    }

    /**
     * The unit the chart draws: the one most of the charted indicator's values share (增长 in %, not the few
     * that give an amount in 亿元), so bars of different units never stand on one axis; empty when none has one.
     */
    public String chartUnit() {
        Map<String, Integer> counts = new HashMap<>();
        rows.stream().map(r -> r.target(chartIndicator.get())).filter(t -> t != null && t.value() != null)
                .forEach(t -> counts.merge(t.unit() == null ? "" : t.unit(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }

    private void updateBars() {
        String indicator = chartIndicator.get();
        String unit = chartUnit();
        Map<String, Integer> perPlace = new HashMap<>();
        rows.forEach(r -> perPlace.merge(labels.place(r.report()), 1, Integer::sum));
        List<Bar> shown = new ArrayList<>();
        for (TargetsTable.Row row : rows) {
            Indicator t = indicator == null ? null : row.target(indicator);
            // bars of different units on one axis would mislead: only the most common unit is drawn
            if (t != null && t.value() != null && unit.equals(t.unit() == null ? "" : t.unit())) {
                Report r = row.report();
                String place = labels.place(r);
                shown.add(new Bar(perPlace.get(place) > 1 ? place + " " + labels.year(r) : place, t.value()));
            }
        }
        bars.setAll(shown);
    }

    /** The targets table as CSV: place, year, level, then each indicator's target text and its value. */
    public void exportTable(Path target, Runnable done, Consumer<String> failed) {
        List<String> header = new ArrayList<>(List.of(messages.get("targets.column.place"),
                messages.get("targets.column.year"), messages.get("targets.column.level")));
        for (String indicator : indicators) {
            header.add(indicator);
            header.add(messages.get("targets.column.valueOf", indicator));
        }
        List<List<Object>> cells = new ArrayList<>();
        for (TargetsTable.Row row : rows) {
            List<Object> line = new ArrayList<>(facets(row.report()));
            for (String indicator : indicators) {
                Indicator t = row.target(indicator);
                line.add(t == null ? null : t.figure());
                line.add(t == null ? null : t.value());
            }
            cells.add(line);
        }
        writeCsv(target, header, cells, done, failed);
    }

    /** Last year's targets beside what the next reports say, as CSV. */
    public void exportOutcomes(Path target, Runnable done, Consumer<String> failed) {
        List<String> header = List.of(messages.get("targets.column.place"), messages.get("targets.column.planYear"),
                messages.get("targets.column.indicator"), messages.get("library.column.target"),
                messages.get("library.column.result"), messages.get("library.column.status"));
        List<List<Object>> cells = outcomes.stream().map(o -> List.<Object>of(labels.place(o.plan()),
                labels.year(o.plan()), o.indicator(), o.tracked().target().figure(), resultText(o), status(o))).toList();
        writeCsv(target, header, cells, done, failed);
    }

    /** Writes a chart's snapshot (taken on the FX thread) as PNG, in the background. */
    public void exportChart(ChartImages.Pixels pixels, Path target, Runnable done, Consumer<String> failed) {
        files.png(pixels, target, done, failed);
    }

    public String resultText(TargetOutcome o) {
        return o.tracked().result() == null ? "—" : o.tracked().result().figure();
    }

    public String status(TargetOutcome o) {
        return messages.get("library.status." + o.tracked().status().key());
    }

    private List<Object> facets(Report r) {
        return List.of(labels.place(r), labels.year(r), labels.level(r));
    }

    private void writeCsv(Path target, List<String> header, List<List<Object>> cells, Runnable done,
                          Consumer<String> failed) {
        files.csv(target, header, cells, done, failed);
    }
}
