package org.policyexplorer.ui.outline;

import org.policyexplorer.domain.Section;

/**
 * One row of the section tree: a section, or (with {@code section == null}) the report itself as root.
 * {@link #toString()} is the label, which the breadcrumb bar shows.
 */
public record OutlineEntry(Section section, String label) {

    public boolean isReport() {
        return section == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
