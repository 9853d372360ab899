package org.policyexplorer.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.policyexplorer.domain.ReportLevel;

/**
 * Which reports the library's facets keep, as a condition on the report row, so that the store reads only
 * those. The same rule as the facets themselves: an empty set with no unknown asked keeps every value; a
 * report whose level, place or year is not known (place null or blank) is kept only when that facet asks for
 * the unknown value or is unset.
 */
public record ReportFacets(Set<ReportLevel> levels, Set<String> places, Set<Integer> years, boolean unknownLevel,
                           boolean unknownPlace, boolean unknownYear) {
    /** What Java counts as blank (Character.isWhitespace), for SQLite's trim: both must call the same place blank. */
    private static final String WHITESPACE = IntStream.rangeClosed(0, Character.MAX_VALUE)
            .filter(Character::isWhitespace)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    public ReportFacets {
        levels = Set.copyOf(levels);
        places = Set.copyOf(places);
        years = Set.copyOf(years);
    }

    /** The condition, with {@code ?} for each value {@link #bind} sets; "1" when every report is kept. */
    String where() {
        List<String> facets = new ArrayList<>();
        facet(facets, "level IN", levels.size(), unknownLevel, "level IS NULL");
        facet(facets, "trim(place, ?) <> '' AND place IN", places.size(), unknownPlace,
                "(place IS NULL OR trim(place, ?) = '')");
        facet(facets, "year IN", years.size(), unknownYear, "year IS NULL");
        return facets.isEmpty() ? "1" : String.join(" AND ", facets);
    }

    private static void facet(List<String> facets, String in, int values, boolean unknown, String isUnknown) {
        if (values == 0 && !unknown) {
            return;
        }
        List<String> either = new ArrayList<>();
        if (values > 0) {
            either.add("(" + in + " (" + String.join(", ", Collections.nCopies(values, "?")) + "))");
        }
        if (unknown) {
            either.add(isUnknown);
        }
        facets.add("(" + String.join(" OR ", either) + ")");
    }

    /** Sets the values of {@link #where}'s placeholders from {@code first} on; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (ReportLevel level : levels) {
            ps.setString(i++, level.key());
        }
        if (!places.isEmpty()) {
            ps.setString(i++, WHITESPACE);
            i = bindAll(ps, i, places);
        }
        if (unknownPlace) {
            ps.setString(i++, WHITESPACE);
        }
        return bindAll(ps, i, years);
    }

    private static int bindAll(PreparedStatement ps, int first, Collection<?> values) throws SQLException {
        int i = first;
        for (Object value : values) {
            ps.setObject(i++, value);
        }
        return i;
    }
}
