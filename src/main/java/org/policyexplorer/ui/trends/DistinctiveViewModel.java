package org.policyexplorer.ui.trends;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.trends.DistinctiveTerms;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.common.FileExports;

/**
 * The terms that set the open report — or the reports the facets keep — apart from the rest of the library,
 * each a click away from its hits.
 */
public final class DistinctiveViewModel {
    static final int TOP = 60;

    private final DistinctiveTerms distinctive;
    private final LibraryService library;
    private final Messages messages;
    private final BackgroundWork background;
    private final FileExports files;
    private final SearchRequest searchRequest;
    private final ObjectProperty<ReportDocument> openReport;
    private final ObjectProperty<ReportFilter> filter = new SimpleObjectProperty<>(ReportFilter.all());
    private final ObservableList<DistinctiveTerms.Term> terms = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    /** The reports the terms were found for: a click searches the first of them. */
    private List<Long> shownFor = List.of();
    /** Which request the shown terms answer: a later click wins over an earlier one still counting. */
    private long generation;

    public DistinctiveViewModel(DistinctiveTerms distinctive, LibraryService library, Messages messages,
                                BackgroundWork background, ObjectProperty<ReportDocument> openReport,
                                SearchRequest searchRequest) {
        this.distinctive = distinctive;
        this.library = library;
        this.messages = messages;
        this.background = background;
        this.files = new FileExports(background, messages);
        this.openReport = openReport;
        this.searchRequest = searchRequest;
    }

    /** The open report against the rest of the library. */
    public void ofOpenReport() {
        ReportDocument doc = openReport.get();
        if (doc != null) {
            find(List.of(doc.report().id()), messages.get("trends.distinctive.ofReport", doc.report().title()));
        }
    }

    /** The reports the facets keep against the others. */
    public void ofFiltered() {
        ReportFilter kept = filter.get() == null ? ReportFilter.all() : filter.get();
        background.run(() -> library.reportIds(kept), ids -> find(ids,
                messages.get("trends.distinctive.ofSelection", ids.size())), this::failed);
    }

    private void find(List<Long> ids, String what) {
        long mine = ++generation;
        summary.set(messages.get("trends.distinctive.working"));
        Set<Long> selection = new HashSet<>(ids);
        // hundreds of counts: on the long lane, so searches typed meanwhile do not wait behind them
        background.run(BackgroundWork.Lane.LONG, () -> distinctive.of(selection, TOP), found -> {
            if (mine == generation) {
                shownFor = ids;
                terms.setAll(found);
                summary.set(found.isEmpty() ? messages.get("trends.distinctive.none", what) : what);
            }
        }, error -> {
            if (mine == generation) {
                failed(error);
            }
        });
    }

    private void failed(Throwable error) {
        summary.set(ErrorMessages.describe(messages, error));
    }

    /** Opens the search for the term in the (first) report it was found for. */
    public void open(DistinctiveTerms.Term term) {
        if (!shownFor.isEmpty()) {
            searchRequest.search(shownFor.get(0), term.term());
        }
    }

    public void export(Path target, Runnable done, Consumer<String> failed) {
        List<String> header = List.of(messages.get("trends.distinctive.term"), messages.get("trends.distinctive.count"),
                messages.get("trends.distinctive.rest"), messages.get("trends.distinctive.per10k"),
                messages.get("trends.distinctive.restPer10k"), "G²");
        List<List<Object>> cells = terms.stream().map(t -> List.<Object>of(t.term(), t.count(), t.rest(),
                round(t.per10k()), round(t.restPer10k()), round(t.g2()))).toList();
        files.csv(target, header, cells, done, failed);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    public ObjectProperty<ReportFilter> filterProperty() {
        return filter;
    }

    public ObservableList<DistinctiveTerms.Term> terms() {
        return terms;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
