package org.policyexplorer.app.cli;

import org.policyexplorer.app.Messages;
import org.policyexplorer.library.ReportFilter;
import picocli.CommandLine.Option;

/**
 * {@code --filter level=province,year=2026}: the library's facets on the command line, declared once for every
 * command that takes them (a picocli mixin).
 */
final class FilterOption {
    @Option(names = "--filter", paramLabel = "FACETS", description = "Only these reports, e.g. level=province,"
            + "place=安徽省,year=2018-2026 (place=unknown / year=unknown for reports without one).")
    String text;

    /** The filter as written, or a message in the user's language naming the part that cannot be read. */
    ReportFilter parse(Messages messages) {
        try {
            return ReportFilter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(messages.get("cli.error.badFilter", text, e.getMessage()));
        }
    }
}
