package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.ReportLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code set-report --report ID [--title T] [--place P] [--year Y] [--level L] [--json]}: what is not given stays. */
@Command(name = "set-report", description = "Correct a report's title, place, year or level; what is not given stays.")
final class SetReportCommand extends OneReportCommand {
    /** The levels a user can give. */
    enum Level { national, province, city, district, county }

    @Option(names = "--title", paramLabel = "T", description = "The title.")
    String title;

    @Option(names = "--place", paramLabel = "P", description = "The place (全国 for the nation).")
    String place;

    @Option(names = "--year", paramLabel = "Y", description = "The year the report was delivered.")
    Integer year;

    @Option(names = "--level", paramLabel = "L", description = "national, province, city, district or county.")
    Level level;

    @Override
    void run(AppContext context, ReportDocument doc, PrintWriter out) {
        Report r = doc.report();
        Report updated = context.library().correct(r.id(), title != null && !title.isBlank() ? title.strip()
                : r.title(), place != null ? place : r.place(), year != null ? year : r.year(),
                level == null ? null : ReportLevel.fromKey(level.name()));
        if (json) {
            Json.print(out, ReportJson.Listed.of(updated));
        } else {
            out.println(updated.title() + " · " + updated.place() + " · " + updated.year());
        }
    }
}
