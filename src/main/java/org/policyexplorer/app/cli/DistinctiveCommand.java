package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.trends.DistinctiveTerms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code distinctive [--report ID] [--top 50] [--json]}: the terms that set a report apart from the library. */
@Command(name = "distinctive", description = "The terms that set a report apart from the rest of the library "
        + "(log-likelihood of runs of 2–8 characters, boilerplate left out).")
final class DistinctiveCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--report", paramLabel = "ID", description = "The report (default: the latest).")
    Long reportId;

    @Option(names = "--top", defaultValue = "50", paramLabel = "N", description = "How many terms (default 50).")
    int top;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            ReportDocument doc = ReportSelection.load(context, reportId);
            List<DistinctiveTerms.Term> terms = context.distinctive().of(Set.of(doc.report().id()), top);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, new ResultJson(doc.report().id(), terms.stream().map(TermJson::of).toList()));
            } else {
                for (DistinctiveTerms.Term t : terms) {
                    out.printf("%s\t%d\t%d\tG²=%.1f%n", t.term(), t.count(), t.rest(), t.g2());
                }
                out.flush();
            }
            return 0;
        }
    }

    record ResultJson(long report, List<TermJson> terms) {
    }

    /** A term: its count in the report and in the rest of the library, both rates, and the log-likelihood. */
    record TermJson(String term, long count, long rest, double per10k, double restPer10k, double g2) {
        static TermJson of(DistinctiveTerms.Term t) {
            return new TermJson(t.term(), t.count(), t.rest(), round(t.per10k()), round(t.restPer10k()), round(t.g2()));
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }
}
