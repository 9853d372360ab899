package org.policyexplorer.ui.indicators;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.IndicatorColumns;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.indicators.IndicatorPair;
import org.policyexplorer.indicators.IndicatorReport;
import org.policyexplorer.indicators.IndicatorService;
import org.policyexplorer.indicators.IndicatorTable;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.BackgroundWork;

/** The 指标 tab's state: the open report's figures, filtered by name, and export to CSV. */
public final class IndicatorsViewModel {
    private final BackgroundWork background;
    private final MainViewModel main;
    private final Messages messages;
    private final IndicatorService service;
    private final ObservableList<IndicatorPair> pairs = FXCollections.observableArrayList();
    private final FilteredList<IndicatorPair> shownPairs = new FilteredList<>(pairs);
    private final ObservableList<Indicator> mainTargets = FXCollections.observableArrayList();
    private final ObservableList<Indicator> all = FXCollections.observableArrayList();
    private final FilteredList<Indicator> shownAll = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ReportDocument> document = new SimpleObjectProperty<>();
    private final StringProperty resultHeader = new SimpleStringProperty();
    private final StringProperty targetHeader = new SimpleStringProperty();
    /** Nothing is computed until the tab is first shown: start-up stays fast. */
    private boolean active;

    private final StringProperty problem = new SimpleStringProperty("");

    public IndicatorsViewModel(IndicatorService service, Messages messages, BackgroundWork background,
                               MainViewModel main) {
        this.service = service;
        this.background = background;
        this.main = main;
        this.messages = messages;
        resultHeader.set(messages.get("indicators.column.result"));
        targetHeader.set(messages.get("indicators.column.target"));
        main.documentProperty().addListener((obs, old, doc) -> {
            if (active) {
                load(doc);
            }
        });
        filter.addListener((obs, old, text) -> {
            String f = text == null ? "" : text.strip();
            shownPairs.setPredicate(p -> f.isEmpty() || p.name().contains(f) || p.result().name().contains(f));
            shownAll.setPredicate(i -> f.isEmpty() || i.name().contains(f) || i.text().contains(f));
        });
    }

    /** Called when the tab is shown; the first call reads the open report's figures. */
    public void activate() {
        if (!active) {
            active = true;
            load(main.documentProperty().get());
        }
    }

    public ObservableList<IndicatorPair> pairs() {
        return shownPairs;
    }

    public ObservableList<Indicator> mainTargets() {
        return mainTargets;
    }

    public ObservableList<Indicator> all() {
        return shownAll;
    }

    /** Why the figures could not be read, or empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ReportDocument> documentProperty() {
        return document;
    }

    /** "2017年结果": the results column says which year it is. */
    public StringProperty resultHeaderProperty() {
        return resultHeader;
    }

    public StringProperty targetHeaderProperty() {
        return targetHeader;
    }

    /** Shows where a figure is said, highlighted, in the reader. */
    public void open(Indicator indicator) {
        main.showPassage(indicator.sectionId(), indicator.start(), indicator.end());
    }

    /** A result with the other figures said of the same indicator in the same place: "完成710亿元, 增长10%". */
    public String resultText(IndicatorPair pair) {
        return IndicatorTable.resultText(pair, all);
    }

    /** The path of titles to a figure's section. */
    public String where(Indicator indicator) {
        ReportDocument doc = document.get();
        return doc == null ? "" : IndicatorTable.where(indicator, doc);
    }

    /** Writes the shown pairs as CSV, whole or not at all, in the background. */
    public void exportCsv(Path target, Runnable done, java.util.function.Consumer<String> failed) {
        List<String> header = header();
        List<IndicatorTable.Row> rows = rows(List.copyOf(shownPairs));
        background.run(BackgroundWork.Lane.LONG, () -> {
            IndicatorTable.writeCsv(target, header, rows);
            return null;
        }, ok -> done.run(), error -> failed.accept(messages.get("indicators.export.failed", target.getFileName(),
                ErrorMessages.describe(messages, error))));
    }

    /** The given pairs as tab-separated lines, for the clipboard. */
    public String asTabSeparated(List<IndicatorPair> pairs) {
        return IndicatorTable.tabSeparated(header(), rows(pairs));
    }

    List<String> header() {
        return IndicatorColumns.header(messages, resultHeader.get(), targetHeader.get());
    }

    private List<IndicatorTable.Row> rows(List<IndicatorPair> pairs) {
        ReportDocument doc = document.get();
        List<Indicator> figures = List.copyOf(all);
        return pairs.stream().map(p -> IndicatorTable.rowOf(p, figures, doc)).toList();
    }

    private void load(ReportDocument doc) {
        if (doc == null) {
            return;
        }
        background.run(() -> service.of(doc), (IndicatorReport report) -> {
            document.set(doc);
            resultHeader.set(IndicatorColumns.resultHeader(messages, doc));
            targetHeader.set(IndicatorColumns.targetHeader(messages, doc));
            pairs.setAll(report.pairs());
            mainTargets.setAll(report.mainTargets());
            all.setAll(report.indicators());
            problem.set("");
        }, error -> problem.set(ErrorMessages.describe(messages, error)));
    }
}
