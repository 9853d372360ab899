package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.ReportFacetLabels;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.Report;
import org.policyexplorer.indicators.TargetsTable;
import org.policyexplorer.library.ReportFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code targets [--indicator NAME] [--filter level=province,year=2026] [--json]}: every report's main expected
 * targets, a row per report and a column per indicator, as the 目标 tab shows them.
 */
@Command(name = "targets", description = "Every report's main expected targets side by side: a row per report, "
        + "a column per indicator (names matched through the synonym table).")
final class TargetsCommand extends ContextCommand {
    @Option(names = "--indicator", paramLabel = "NAME", description = "Keep one indicator column, e.g. 地区生产总值 "
            + "(any of its names: 生产总值, GDP…).")
    String indicator;

    @Mixin
    FilterOption filter;

    /** {@code targets --json}: the columns, and each report with its target per indicator. */
    record TargetsJson(List<String> indicators, List<RowJson> rows) {
    }

    /** A report; place and year are null when not known, level its key (province) or null. */
    record RowJson(long report, String place, Integer year, String level, Map<String, TargetJson> targets) {
    }

    /** A main target: the words as written, its number (null when it names none), unit and qualifier. */
    record TargetJson(String text, Double value, String unit, String qualifier) {
        static TargetJson of(Indicator i) {
            return new TargetJson(i.text(), i.value(), i.unit(), i.qualifier());
        }
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        TargetsTable all = context.targets().table(filter.parse(context.messages()));
        TargetsTable table = indicator == null || indicator.isBlank() ? all : all.only(indicator);
        if (json) {
            Json.print(out, new TargetsJson(table.indicators(), table.rows().stream().map(r -> rowJson(r, table))
                    .toList()));
        } else {
            printText(context.messages(), table, out);
        }
    }

    private static RowJson rowJson(TargetsTable.Row row, TargetsTable table) {
        Map<String, TargetJson> targets = new LinkedHashMap<>();
        for (String column : table.indicators()) {
            Indicator t = row.target(column);
            if (t != null) {
                targets.put(column, TargetJson.of(t));
            }
        }
        Report r = row.report();
        return new RowJson(r.id(), r.place() == null || r.place().isBlank() ? null : r.place(), r.year(),
                r.level() == null ? null : r.level().key(), targets);
    }

    /** A tab-separated table: place, year, level, then one cell per indicator; 未知 where it is not known. */
    private static void printText(Messages messages, TargetsTable table, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of(messages.get("targets.column.place"),
                messages.get("targets.column.year"), messages.get("targets.column.level")));
        header.addAll(table.indicators());
        out.println(String.join("\t", header));
        ReportFacetLabels labels = new ReportFacetLabels(messages);
        for (TargetsTable.Row row : table.rows()) {
            Report r = row.report();
            List<String> cells = new ArrayList<>(List.of(labels.place(r), labels.year(r), labels.level(r)));
            for (String column : table.indicators()) {
                Indicator t = row.target(column);
                cells.add(t == null ? "" : t.figure());
            }
            out.println(String.join("\t", cells));
        }
    }
}
