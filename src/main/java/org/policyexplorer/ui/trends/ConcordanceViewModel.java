package org.policyexplorer.ui.trends;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.ReportFacetLabels;
import org.policyexplorer.domain.Report;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.search.ConcordanceLine;
import org.policyexplorer.search.SearchQuery;
import org.policyexplorer.search.SearchScope;
import org.policyexplorer.search.SearchService;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.common.FileExports;

/**
 * A term in context across the reports the facets keep (keyword in context): every occurrence as the words
 * before it, the term, the words after it, with its report's place and year; a click away from its place.
 */
public final class ConcordanceViewModel {
    /** Lines shown at most: more than anyone reads, few enough to sort at once. */
    static final int MAX_LINES = 5000;
    /** Characters of context on each side. */
    static final int WIDTH = 24;

    /** One line with the report it is in. */
    public record Line(ConcordanceLine line, Report report) {
    }

    private final SearchService search;
    private final LibraryService library;
    private final Messages messages;
    private final BackgroundWork background;
    private final FileExports files;
    private final ReportFacetLabels labels;
    private final SearchRequest searchRequest;
    private final StringProperty term = new SimpleStringProperty("");
    private final ObjectProperty<ReportFilter> filter = new SimpleObjectProperty<>(ReportFilter.all());
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private long generation;

    public ConcordanceViewModel(SearchService search, LibraryService library, Messages messages,
                                BackgroundWork background, SearchRequest searchRequest) {
        this.search = search;
        this.library = library;
        this.messages = messages;
        this.background = background;
        this.files = new FileExports(background, messages);
        this.searchRequest = searchRequest;
        this.labels = new ReportFacetLabels(messages);
        term.addListener((obs, old, now) -> load());
        filter.addListener((obs, old, now) -> load());
    }

    private void load() {
        long mine = ++generation;
        String asked = term.get() == null ? "" : term.get().strip();
        ReportFilter kept = filter.get() == null ? ReportFilter.all() : filter.get();
        if (asked.isEmpty()) {
            lines.clear();
            summary.set("");
            return;
        }
        background.run(() -> {
            List<Report> reports = library.list(kept);
            Map<Long, Report> byId = reports.stream().collect(Collectors.toMap(Report::id, Function.identity()));
            SearchScope scope = kept.isAll() ? SearchScope.all() : SearchScope.reports(new HashSet<>(byId.keySet()));
            List<Line> found = new ArrayList<>();
            for (ConcordanceLine l : search.concordance(SearchQuery.literal(asked), scope, MAX_LINES, WIDTH)) {
                Report r = byId.get(l.reportId());
                if (r != null) {
                    found.add(new Line(l, r));
                }
            }
            return found;
        }, found -> {
            if (mine == generation) {
                lines.setAll(found);
                summary.set(messages.get(found.size() == MAX_LINES ? "trends.kwic.summaryCut" : "trends.kwic.summary",
                        found.size(), asked));
            }
        }, error -> {
            if (mine == generation) {
                summary.set(ErrorMessages.describe(messages, error));
            }
        });
    }

    /** Opens the line's report at its section, with the term searched in it. */
    public void open(Line line) {
        searchRequest.search(line.report().id(), line.line().match(), line.line().sectionId());
    }

    public void export(Path target, Runnable done, Consumer<String> failed) {
        List<String> header = List.of(messages.get("targets.column.place"), messages.get("targets.column.year"),
                messages.get("trends.column.report"), messages.get("trends.kwic.left"),
                messages.get("trends.kwic.term"), messages.get("trends.kwic.right"));
        List<List<Object>> cells = lines.stream().map(l -> List.<Object>of(labels.place(l.report()),
                labels.year(l.report()), l.report().title(), l.line().left(), l.line().match(), l.line().right()))
                .toList();
        files.csv(target, header, cells, done, failed);
    }

    public StringProperty termProperty() {
        return term;
    }

    public ObjectProperty<ReportFilter> filterProperty() {
        return filter;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ReportFacetLabels labels() {
        return labels;
    }
}
