package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.trends.TermCounts;
import org.policyexplorer.trends.TermGrouping;
import org.policyexplorer.trends.TermTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code terms TERM... [--by report|year|place|level] [--filter …] [--json]}: the 趋势 table — each term's
 * exact occurrences and rate per 10,000 characters in every report (or group), and where each first appears.
 */
@Command(name = "terms", description = "Count terms in every report (exactly as search counts them), per report, "
        + "year, place or level, with the rate per 10,000 characters and the first report each appears in.")
final class TermsCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TERM", arity = "0..*", description = "Terms to count; commas also separate terms.")
    List<String> words;

    /** The groupings, as scripts spell them. */
    enum By { report, year, place, level }

    @Option(names = "--by", defaultValue = "report", description = "One row per ${COMPLETION-CANDIDATES} "
            + "(default report).")
    By by;

    @Mixin
    FilterOption filter;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            List<String> terms = TermCounts.parseTerms(words == null ? "" : String.join("\n", words));
            if (terms.isEmpty()) {
                throw new UserError(context.messages().get("cli.error.noTerms"));
            }
            TermTable table = context.terms().count(terms, filter.parse(context.messages()),
                    TermGrouping.valueOf(by.name().toUpperCase(java.util.Locale.ROOT)));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, by == By.report ? TableJson.of(table) : GroupedJson.of(table));
            } else {
                printText(out, table, new org.policyexplorer.app.ReportFacetLabels(context.messages()).unknown());
            }
            out.flush();
            return 0;
        }
    }

    private static void printText(PrintWriter out, TermTable table, String unknown) {
        out.println(String.join("\t", "report", "place", "year", "level", "chars") + "\t"
                + String.join("\t", table.terms()));
        for (TermTable.Row row : table.rows()) {
            StringBuilder line = new StringBuilder();
            line.append(row.report() == null ? "" : row.report()).append('\t')
                    .append(row.place() == null ? unknown : row.place()).append('\t')
                    .append(row.year() == null ? unknown : row.year()).append('\t')
                    .append(row.level() == null ? unknown : row.level().key()).append('\t').append(row.chars());
            table.terms().forEach(t -> line.append('\t').append(row.count(t)));
            out.println(line);
        }
    }

    /** {@code terms --json} with one row per report. */
    record TableJson(List<String> terms, List<RowJson> rows, Map<String, FirstJson> first) {
        static TableJson of(TermTable table) {
            return new TableJson(table.terms(), table.rows().stream().map(r -> RowJson.of(table, r)).toList(),
                    firsts(table));
        }
    }

    /** {@code terms --json --by year|place|level}: the same, one row per group and no report. */
    record GroupedJson(List<String> terms, List<GroupJson> rows, Map<String, FirstJson> first) {
        static GroupedJson of(TermTable table) {
            return new GroupedJson(table.terms(), table.rows().stream().map(r -> GroupJson.of(table, r)).toList(),
                    firsts(table));
        }
    }

    record RowJson(long report, String place, Integer year, String level, long chars, Map<String, Long> counts,
                   Map<String, Double> per10k) {
        static RowJson of(TermTable table, TermTable.Row r) {
            return new RowJson(r.report(), r.place(), r.year(), r.level() == null ? null : r.level().key(), r.chars(),
                    r.counts(), rates(table, r));
        }
    }

    record GroupJson(String place, Integer year, String level, long chars, Map<String, Long> counts,
                     Map<String, Double> per10k) {
        static GroupJson of(TermTable table, TermTable.Row r) {
            return new GroupJson(r.place(), r.year(), r.level() == null ? null : r.level().key(), r.chars(),
                    r.counts(), rates(table, r));
        }
    }

    record FirstJson(long report, Integer year) {
    }

    private static Map<String, Double> rates(TermTable table, TermTable.Row r) {
        Map<String, Double> rates = new LinkedHashMap<>();
        table.terms().forEach(t -> rates.put(t, Math.round(r.per10k(t) * 1000) / 1000.0));
        return rates;
    }

    private static Map<String, FirstJson> firsts(TermTable table) {
        Map<String, FirstJson> first = new LinkedHashMap<>();
        table.first().forEach((t, f) -> first.put(t, f == null ? null : new FirstJson(f.report(), f.year())));
        return first;
    }
}
