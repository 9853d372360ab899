package org.policyexplorer.ui.library;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.policyexplorer.app.Messages;
import org.policyexplorer.library.FacetCounts;

/**
 * One facet of the library (level, place or year): its values with their counts, 未知 for the reports that
 * have none, any number checked; none checked keeps every report. The title says what is chosen.
 *
 * @param <T> the facet's value; null stands for the unknown value
 */
final class FacetChoice<T> {
    private final CheckComboBox<FacetCounts.Value<T>> box = new CheckComboBox<>();
    private final String name;
    private final Function<T, String> label;
    private final Messages messages;
    /** Set while the checks are put back from the filter, so that doing so does not change the filter. */
    private boolean showing;

    FacetChoice(String id, String name, Function<T, String> label, Messages messages, Consumer<List<T>> chosen) {
        this.name = name;
        this.label = label;
        this.messages = messages;
        box.setId(id);
        box.setAccessibleText(name);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(FacetCounts.Value<T> v) {
                return v == null ? "" : messages.get("facet.value", name(v.value()), v.count());
            }

            @Override
            public FacetCounts.Value<T> fromString(String s) {
                return null;
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<FacetCounts.Value<T>>) change -> {
            if (!showing) {
                box.setTitle(title(new HashSet<>(checkedValues())));
                chosen.accept(checkedValues());
            }
        });
        box.setTitle(title(Set.of()));
    }

    CheckComboBox<FacetCounts.Value<T>> node() {
        return box;
    }

    /** Shows the facet's values as the library has them now, with those of the filter checked. */
    void show(List<FacetCounts.Value<T>> values, Set<T> checked) {
        if (values.equals(box.getItems()) && checked.equals(new HashSet<>(checkedValues()))) {
            return; // as shown already: the user's own check, coming back as the filter
        }
        showing = true;
        try {
            box.getItems().setAll(values);
            box.getCheckModel().clearChecks();
            for (FacetCounts.Value<T> v : values) {
                if (checked.contains(v.value())) {
                    box.getCheckModel().check(v);
                }
            }
        } finally {
            showing = false;
        }
        box.setTitle(title(new HashSet<>(checkedValues())));
    }

    private List<T> checkedValues() {
        return box.getCheckModel().getCheckedItems().stream().map(FacetCounts.Value::value).toList();
    }

    /** "级别：全部", or "级别：省级、市级". */
    private String title(Set<T> checked) {
        String chosen = checked.isEmpty() ? messages.get("facet.any")
                : box.getItems().stream().map(FacetCounts.Value::value).filter(checked::contains).map(this::name)
                        .collect(Collectors.joining(messages.get("facet.separator")));
        return name + messages.get("facet.colon") + chosen;
    }

    private String name(T value) {
        return value == null ? messages.get("facet.unknown") : label.apply(value);
    }
}
