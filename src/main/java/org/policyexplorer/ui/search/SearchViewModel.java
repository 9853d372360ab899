package org.policyexplorer.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.SectionPaths;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.search.Occurrence;
import org.policyexplorer.search.SearchHit;
import org.policyexplorer.search.SearchOrder;
import org.policyexplorer.search.SearchResult;
import org.policyexplorer.search.SearchScope;
import org.policyexplorer.search.SearchService;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.settings.Settings;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.BackgroundWork;

/**
 * Ctrl+F over the open report: searches as the user types (the latest keystroke wins), keeps the hits in
 * report order for stepping with Enter / F3 / Shift+F3, counts per section for the tree, and remembers
 * recent queries. Holds no nodes.
 */
public final class SearchViewModel {
    /** A report has a few hundred hits at most; all of them are needed for counts and stepping. */
    static final int ALL_HITS = 100_000;
    /** Across the library, the list shows the best hits; the total still counts them all. */
    static final int LIBRARY_HITS = 500;
    static final int RECENT_MAX = 12;
    static final String RECENT_KEY = "search.recent";
    private static final String RECENT_SEPARATOR = "\u001F";

    private final SearchService search;
    private final LibraryService library;
    private final Settings settings;
    private final Messages messages;
    private final BackgroundWork background;
    private final MainViewModel main;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<PartRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<SearchOrder> order = new SimpleObjectProperty<>(SearchOrder.POSITION);
    private final BooleanProperty filterTree = new SimpleBooleanProperty();
    /** Search every report in the library rather than the open one. */
    private final BooleanProperty allReports = new SimpleBooleanProperty();
    private final ObjectProperty<SearchOutcome> outcome = new SimpleObjectProperty<>(SearchOutcome.NONE);
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private volatile List<String> frequentTerms = List.of();
    private long generation;

    public SearchViewModel(SearchService search, LibraryService library, Settings settings, Messages messages,
                           BackgroundWork background, MainViewModel main) {
        this.search = search;
        this.library = library;
        this.settings = settings;
        this.messages = messages;
        this.background = background;
        this.main = main;
        query.addListener((obs, old, q) -> refresh());
        role.addListener((obs, old, r) -> refresh());
        order.addListener((obs, old, o) -> refresh());
        allReports.addListener((obs, old, all) -> refresh());
        main.facets().filterProperty().addListener((obs, old, now) -> {
            if (allReports.get()) {
                refresh();
            }
        });
        main.documentProperty().addListener((obs, old, doc) -> {
            refresh();
            learnTerms(doc);
        });
        learnTerms(main.documentProperty().get());
        // without the recent queries the field still works: the failure is logged, the list stays empty
        background.run(() -> settings.get(RECENT_KEY).orElse(""), stored -> {
            if (!stored.isEmpty()) {
                recent.setAll(List.of(stored.split(RECENT_SEPARATOR)));
            }
        }, BackgroundWork.LOGGED_ONLY);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<PartRole> roleProperty() {
        return role;
    }

    public ObjectProperty<SearchOrder> orderProperty() {
        return order;
    }

    public BooleanProperty filterTreeProperty() {
        return filterTree;
    }

    public BooleanProperty allReportsProperty() {
        return allReports;
    }

    public ObjectProperty<SearchOutcome> outcomeProperty() {
        return outcome;
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    public ObservableList<String> recent() {
        return recent;
    }

    /** Suggestions for what is typed: recent queries first, then the report's frequent words. */
    public List<String> suggestions(String typed) {
        String prefix = typed == null ? "" : typed.strip();
        List<String> out = new ArrayList<>();
        for (String r : List.copyOf(recent)) {
            if (r.startsWith(prefix) && !r.equals(prefix)) {
                out.add(r);
            }
        }
        if (!prefix.isEmpty()) {
            for (String term : frequentTerms) {
                if (term.startsWith(prefix) && !term.equals(prefix) && !out.contains(term)) {
                    out.add(term);
                }
                if (out.size() >= 10) {
                    break;
                }
            }
        }
        return out;
    }

    /** The occurrence being looked at, or null. */
    public HitPlace currentPlace() {
        List<HitPlace> places = outcome.get().places();
        int i = current.get();
        return i >= 0 && i < places.size() ? places.get(i) : null;
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    public void clear() {
        query.set("");
    }

    /** Opens the section of a hit chosen in the result list, at its first occurrence. */
    public void goTo(SearchHit hit) {
        remember(query.get());
        ReportDocument open = main.documentProperty().get();
        if (open == null || open.report().id() != hit.reportId()) {
            main.openReportAt(hit.reportId(), hit.sectionId());
            return;
        }
        List<HitPlace> places = outcome.get().places();
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).sectionId() == hit.sectionId()) {
                main.documentProperty().get().findSection(hit.sectionId()).ifPresent(main::select);
                show(i);
                return;
            }
        }
    }

    private void step(int direction) {
        List<HitPlace> places = outcome.get().places();
        if (places.isEmpty()) {
            return;
        }
        remember(query.get());
        int i = current.get();
        if (i < 0) {
            i = firstAfterShownSection(places, direction);
        } else {
            i = Math.floorMod(i + direction, places.size());
        }
        show(i);
    }

    /** The first hit at or after the start of what is shown (or the last before it, going back). */
    private int firstAfterShownSection(List<HitPlace> places, int direction) {
        Section shown = main.selectedSectionProperty().get();
        int from = shown == null ? 0 : shown.start();
        if (direction > 0) {
            for (int k = 0; k < places.size(); k++) {
                if (places.get(k).occurrence().start() >= from) {
                    return k;
                }
            }
            return 0;
        }
        for (int k = places.size() - 1; k >= 0; k--) {
            if (places.get(k).occurrence().start() < from) {
                return k;
            }
        }
        return places.size() - 1;
    }

    /** Makes hit i current and shows the section it is in, unless what is shown already contains it. */
    private void show(int i) {
        HitPlace place = outcome.get().places().get(i);
        Section shown = main.selectedSectionProperty().get();
        Occurrence o = place.occurrence();
        boolean visible = shown == null || (shown.start() <= o.start() && o.end() <= shown.end());
        if (!visible) {
            ReportDocument doc = main.documentProperty().get();
            doc.findSection(place.sectionId()).ifPresent(main::select);
        }
        current.set(-1); // so that listeners see a change even when the index is the same
        current.set(i);
    }

    private void refresh() {
        long mine = ++generation;
        long started = System.nanoTime();
        ReportDocument doc = main.documentProperty().get();
        String text = query.get() == null ? "" : query.get();
        current.set(-1);
        if (doc == null || text.isBlank()) {
            outcome.set(SearchOutcome.NONE);
            return;
        }
        boolean everywhere = allReports.get();
        ReportFilter kept = main.facets().filter();
        PartRole inRole = role.get();
        SearchOrder listOrder = order.get();
        background.run(() -> {
            if (mine != generation) {
                return null; // a later keystroke is already queued
            }
            // across the library, the reports its facets keep
            SearchScope scope = (!everywhere ? SearchScope.report(doc.report().id()) : kept.isAll() ? SearchScope.all()
                    : SearchScope.reports(new java.util.HashSet<>(library.reportIds(kept)))).withRole(inRole);
            SearchResult result = search.search(text, scope, everywhere ? LIBRARY_HITS : ALL_HITS, listOrder);
            return outcomeOf(text, result, doc, started, new SectionPaths(library, messages));
        }, ready -> {
            if (ready != null && mine == generation) {
                outcome.set(ready);
            }
        }, error -> {
            outcome.set(SearchOutcome.NONE);
            main.statusProperty().set(messages.get("search.failed", ErrorMessages.describe(messages, error)));
        });
    }

    private static SearchOutcome outcomeOf(String text, SearchResult result, ReportDocument doc, long started,
                                           SectionPaths paths) {
        List<HitPlace> places = new ArrayList<>();
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        for (SearchHit hit : result.hits()) {
            String path = String.join(" › ", paths.path(hit.reportId(), hit.sectionId()));
            if (hit.reportId() != doc.report().id()) {
                // a hit in another report: named by its report, and not stepped through or counted here
                String title = titles.computeIfAbsent(hit.reportId(), paths::reportTitle);
                labels.put(hit.sectionId(), title + (path.isEmpty() ? "" : " › " + path));
                continue;
            }
            labels.put(hit.sectionId(), path);
            hit.occurrences().forEach(o -> places.add(new HitPlace(hit.sectionId(), o)));
            for (Section s : doc.pathTo(hit.sectionId())) {
                counts.merge(s.id(), hit.count(), Integer::sum);
            }
        }
        places.sort(Comparator.comparingInt(p -> p.occurrence().start()));
        long latency = (System.nanoTime() - started) / 1_000_000;
        return new SearchOutcome(text, result, places, counts, labels, started, latency);
    }

    private void remember(String q) {
        if (q == null || q.isBlank()) {
            return;
        }
        String entry = q.strip();
        recent.remove(entry);
        recent.add(0, entry);
        if (recent.size() > RECENT_MAX) {
            recent.remove(RECENT_MAX, recent.size());
        }
        String stored = String.join(RECENT_SEPARATOR, recent);
        background.runQuietly(() -> settings.putAll(Map.of(RECENT_KEY, stored)));
    }

    private void learnTerms(ReportDocument doc) {
        if (doc == null) {
            return;
        }
        // suggestions only: without them the search works as before, so the failure is logged and no more
        background.run(() -> FrequentTerms.of(doc.text()), terms -> frequentTerms = terms, BackgroundWork.LOGGED_ONLY);
    }
}
