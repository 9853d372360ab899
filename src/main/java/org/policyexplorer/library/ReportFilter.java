package org.policyexplorer.library;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportLevel;

/**
 * The library's facets: which levels, places and years to keep. An empty set keeps every value; a report
 * without a level, place or year (shown as 未知) is kept only when its facet is unset or asks for the unknown value.
 * Search, 趋势 and 目标 all take the same filter, so what the user narrows in one view holds in all.
 *
 * @param unknownPlace keep reports whose place is not known
 * @param unknownYear  keep reports whose year is not known
 * @param unknownLevel keep reports whose level is not known
 */
public record ReportFilter(Set<ReportLevel> levels, Set<String> places, Set<Integer> years,
                           boolean unknownPlace, boolean unknownYear, boolean unknownLevel) {
    /** What a user writes for a facet value that is not known. */
    public static final String UNKNOWN = "unknown";

    public ReportFilter {
        levels = Set.copyOf(levels);
        places = Set.copyOf(places);
        years = Set.copyOf(years);
    }

    /** A filter that keeps no report of unknown level (as the first facets had it). */
    public ReportFilter(Set<ReportLevel> levels, Set<String> places, Set<Integer> years, boolean unknownPlace,
                        boolean unknownYear) {
        this(levels, places, years, unknownPlace, unknownYear, false);
    }

    public static ReportFilter all() {
        return new ReportFilter(Set.of(), Set.of(), Set.of(), false, false, false);
    }

    public boolean isAll() {
        return levels.isEmpty() && places.isEmpty() && years.isEmpty() && !unknownPlace && !unknownYear
                && !unknownLevel;
    }

    /** This filter with the level facet set: these levels, a null among them for the unknown level. */
    public ReportFilter withLevels(Collection<ReportLevel> chosen) {
        return new ReportFilter(known(chosen), places, years, unknownPlace, unknownYear, hasUnknown(chosen));
    }

    /** This filter with the place facet set: these places, a null among them for the unknown place. */
    public ReportFilter withPlaces(Collection<String> chosen) {
        return new ReportFilter(levels, known(chosen), years, hasUnknown(chosen), unknownYear, unknownLevel);
    }

    /** This filter with the year facet set: these years, a null among them for the unknown year. */
    public ReportFilter withYears(Collection<Integer> chosen) {
        return new ReportFilter(levels, places, known(chosen), unknownPlace, hasUnknown(chosen), unknownLevel);
    }

    // contains(null) would throw on the immutable collections of Set.of and List.of
    private static boolean hasUnknown(Collection<?> chosen) {
        return chosen.stream().anyMatch(Objects::isNull);
    }

    private static <T> Set<T> known(Collection<T> chosen) {
        Set<T> values = new LinkedHashSet<>(chosen);
        values.remove(null);
        return values;
    }

    public boolean matches(Report report) {
        boolean levelOk = levels.isEmpty() && !unknownLevel
                || (report.level() == null ? unknownLevel : levels.contains(report.level()));
        boolean placeOk = places.isEmpty() && !unknownPlace
                || (report.place() == null || report.place().isBlank() ? unknownPlace : places.contains(report.place()));
        boolean yearOk = years.isEmpty() && !unknownYear
                || (report.year() == null ? unknownYear : years.contains(report.year()));
        return levelOk && placeOk && yearOk;
    }

    /**
     * Reads {@code level=province,year=2026}: comma-separated {@code key=value}, a key given twice keeps both
     * values, {@code year=2018-2026} is a range, {@code level=unknown} / {@code place=unknown} / {@code year=unknown}
     * keep the unknown.
     *
     * @throws IllegalArgumentException naming the part that cannot be read
     */
    public static ReportFilter parse(String text) {
        Set<ReportLevel> levels = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<Integer> years = new LinkedHashSet<>();
        boolean unknownPlace = false;
        boolean unknownYear = false;
        boolean unknownLevel = false;
        if (text == null || text.isBlank()) {
            return all();
        }
        for (String part : text.split("[,，]")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0 || eq == item.length() - 1) {
                throw new IllegalArgumentException(item);
            }
            String key = item.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = item.substring(eq + 1).strip();
            switch (key) {
                case "level" -> {
                    if (value.equalsIgnoreCase(UNKNOWN)) {
                        unknownLevel = true;
                    } else {
                        levels.add(level(value, item));
                    }
                }
                case "place" -> {
                    if (value.equalsIgnoreCase(UNKNOWN)) {
                        unknownPlace = true;
                    } else {
                        places.add(value);
                    }
                }
                case "year" -> {
                    if (value.equalsIgnoreCase(UNKNOWN)) {
                        unknownYear = true;
                    } else {
                        years.addAll(yearRange(value, item));
                    }
                }
                default -> throw new IllegalArgumentException(item);
            }
        }
        return new ReportFilter(levels, places, years, unknownPlace, unknownYear, unknownLevel);
    }

    private static ReportLevel level(String value, String item) {
        try {
            return ReportLevel.fromKey(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(item, e);
        }
    }

    private static Set<Integer> yearRange(String value, String item) {
        try {
            int dash = value.indexOf('-', 1);
            int from = Integer.parseInt((dash < 0 ? value : value.substring(0, dash)).strip());
            int to = dash < 0 ? from : Integer.parseInt(value.substring(dash + 1).strip());
            if (to < from || to - from > 500) {
                throw new IllegalArgumentException(item);
            }
            Set<Integer> years = new LinkedHashSet<>();
            for (int y = from; y <= to; y++) {
                years.add(y);
            }
            return years;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(item, e);
        }
    }
}
