package org.policyexplorer.ui.library;

import java.util.HashSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.library.FacetCounts;
import org.policyexplorer.library.ReportFilter;

/**
 * The library's facets above its list: level, place and year, each with the library's values and counts
 * (未知 among them where a report has none), a button that clears them, and how many reports they keep.
 */
final class FacetBar {
    private final HBox bar;
    private final FacetChoice<ReportLevel> levels;
    private final FacetChoice<String> places;
    private final FacetChoice<Integer> years;

    FacetBar(LibraryViewModel model, Messages messages) {
        levels = new FacetChoice<>("facet-level", messages.get("facet.level"), l -> messages.get("level." + l.key()),
                messages, model::chooseLevels);
        places = new FacetChoice<>("facet-place", messages.get("facet.place"), p -> p, messages, model::choosePlaces);
        // a year as digits: the message format would write 2,026
        years = new FacetChoice<>("facet-year", messages.get("facet.year"), String::valueOf, messages,
                model::chooseYears);
        Button clear = new Button(messages.get("facet.clear"));
        clear.setId("facet-clear");
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.filterProperty().get().isAll(), model.filterProperty()));
        clear.setOnAction(e -> model.clearFilter());
        Label shown = new Label();
        shown.setId("facet-shown");
        shown.textProperty().bind(model.shownProperty());
        bar = new HBox(8, levels.node(), places.node(), years.node(), clear, shown);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setAccessibleText(messages.get("a11y.facets"));
        bar.getStyleClass().add("facet-bar");
        model.facetCountsProperty().addListener((obs, old, counts) -> show(counts, model.filterProperty().get()));
        model.filterProperty().addListener((obs, old, filter) -> show(model.facetCountsProperty().get(), filter));
        show(model.facetCountsProperty().get(), model.filterProperty().get());
    }

    HBox node() {
        return bar;
    }

    private void show(FacetCounts counts, ReportFilter filter) {
        levels.show(counts.levels(), checked(filter.levels(), filter.unknownLevel()));
        places.show(counts.places(), checked(filter.places(), filter.unknownPlace()));
        years.show(counts.years(), checked(filter.years(), filter.unknownYear()));
    }

    /** The filter's values for one facet, with null for the unknown value when it asks for it. */
    private static <T> Set<T> checked(Set<T> known, boolean unknown) {
        Set<T> checked = new HashSet<>(known);
        if (unknown) {
            checked.add(null);
        }
        return checked;
    }
}
