package org.policyexplorer.ui.search;

import java.util.List;
import java.util.Map;
import org.policyexplorer.search.SearchResult;

/**
 * What a search of the open report found, ready for the views.
 *
 * @param places          every occurrence in the open report, in report order, for stepping and highlighting
 * @param labels          where each hit is, as titles ("report › part › topic" for another report's hits)
 * @param countsBySection occurrences per section, summed up the tree (a chapter counts its topics' hits)
 * @param startedNanos    when the keystroke that asked for it arrived ({@link System#nanoTime()})
 * @param latencyMs       from the keystroke to the result being ready
 */
public record SearchOutcome(String query, SearchResult result, List<HitPlace> places,
                            Map<Long, Integer> countsBySection, Map<Long, String> labels, long startedNanos,
                            long latencyMs) {

    public static final SearchOutcome NONE =
            new SearchOutcome("", SearchResult.empty(""), List.of(), Map.of(), Map.of(), 0, 0);

    public SearchOutcome {
        places = List.copyOf(places);
        countsBySection = Map.copyOf(countsBySection);
        labels = Map.copyOf(labels);
    }

    /** Where a hit is, by its section id. */
    public String labelOf(long sectionId) {
        return labels.getOrDefault(sectionId, "");
    }

    public boolean active() {
        return !query.isBlank();
    }

    public int countOf(long sectionId) {
        return countsBySection.getOrDefault(sectionId, 0);
    }
}
