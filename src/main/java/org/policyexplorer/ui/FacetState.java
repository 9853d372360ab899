package org.policyexplorer.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.policyexplorer.library.ReportFilter;

/**
 * Which reports the user narrowed the library to (level, place, year): held once for the whole window. The
 * library view edits it; search, 趋势 and 目标 read and follow it, so a filter set in one holds in all.
 */
public final class FacetState {
    private final ObjectProperty<ReportFilter> filter = new SimpleObjectProperty<>(ReportFilter.all()) {
        @Override
        public void set(ReportFilter value) {
            // no filter means every report: readers never have to check for null
            super.set(value == null ? ReportFilter.all() : value);
        }
    };

    public ObjectProperty<ReportFilter> filterProperty() {
        return filter;
    }

    public ReportFilter filter() {
        return filter.get();
    }

    /** Every report again. */
    public void clear() {
        filter.set(ReportFilter.all());
    }
}
