package org.policyexplorer.app.cli;

import org.policyexplorer.app.Messages;
import org.policyexplorer.library.ReportFilter;

/** {@code --filter level=province,year=2026}: the library's facets on the command line. */
final class FilterOption {
    private FilterOption() {
    }

    /** The filter as written, or a message in the user's language naming the part that cannot be read. */
    static ReportFilter parse(String text, Messages messages) {
        try {
            return ReportFilter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(messages.get("cli.error.badFilter", text, e.getMessage()));
        }
    }
}
