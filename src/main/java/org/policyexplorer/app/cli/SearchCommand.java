package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.SectionPaths;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.search.SearchHit;
import org.policyexplorer.search.SearchOrder;
import org.policyexplorer.search.SearchResult;
import org.policyexplorer.search.SearchScope;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code search QUERY [--report ID | --all] [--part ROLE] [--limit N] [--order rank|position] [--json]}. */
@Command(name = "search", description = "Search reports: exact Chinese substring search, any length; "
        + "words separated by spaces must all occur, \"…\" keeps a phrase, -word excludes, OR gives alternatives.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to search for.")
    List<String> words;

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = "--report", paramLabel = "ID", description = "Search this report (default: the latest).")
        Long reportId;

        @Option(names = "--all", description = "Search all reports.")
        boolean all;
    }

    /** The roles a search can be limited to, as scripts spell them (in any case: the launcher allows it). */
    enum Part { review, plan, governance, preamble, other }

    /** How hits are listed: best first, or as they come in the reports. */
    enum Order { rank, position }

    @Option(names = "--part", paramLabel = "ROLE", description = "Only in parts of this role: "
            + "${COMPLETION-CANDIDATES}.")
    Part part;

    @Option(names = "--limit", defaultValue = "50", description = "How many hits to list (default 50).")
    int limit;

    @Option(names = "--order", defaultValue = "rank", paramLabel = "rank|position",
            description = "rank (best first, the default) or position.")
    Order order;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            SearchScope scope = scope(context);
            SearchResult result = context.search().search(String.join(" ", words), scope, limit,
                    SearchOrder.valueOf(order.name().toUpperCase(Locale.ROOT)));
            SectionPaths paths = new SectionPaths(context.library(), context.messages());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, ResultJson.of(result, paths));
            } else {
                out.println(context.messages().get("search.summary", result.total(), result.sectionsWithHits(),
                        result.tookMs()));
                for (SearchHit hit : result.hits()) {
                    out.printf("[%d] %s (%d)%n    %s%n", hit.reportId(),
                            String.join(" › ", paths.path(hit.reportId(), hit.sectionId())), hit.count(), hit.snippet());
                }
                out.flush();
            }
            return 0;
        }
    }

    private SearchScope scope(AppContext context) {
        SearchScope scope;
        if (which != null && which.all) {
            scope = SearchScope.all();
        } else if (which != null && which.reportId != null) {
            ReportSelection.load(context, which.reportId); // fails clearly for an unknown id
            scope = SearchScope.report(which.reportId);
        } else {
            scope = SearchScope.report(context.library().latestOrSeed().id());
        }
        return part == null ? scope : scope.withRole(PartRole.fromKey(part.name()));
    }

    /** {@code search --json}. */
    record ResultJson(String query, int total, int sectionsWithHits, long tookMs, List<HitJson> hits) {
        static ResultJson of(SearchResult result, SectionPaths paths) {
            return new ResultJson(result.query(), result.total(), result.sectionsWithHits(), result.tookMs(),
                    result.hits().stream().map(hit -> HitJson.of(hit, paths)).toList());
        }
    }

    /** A hit: the smallest section holding occurrences, and each occurrence as [start, end) in code points. */
    record HitJson(long report, long sectionId, List<String> path, int count, String snippet, List<int[]> offsets) {
        static HitJson of(SearchHit hit, SectionPaths paths) {
            return new HitJson(hit.reportId(), hit.sectionId(), paths.path(hit.reportId(), hit.sectionId()),
                    hit.count(), hit.snippet(), hit.occurrences().stream()
                    .map(o -> new int[] {o.codePointStart(), o.codePointEnd()}).toList());
        }
    }
}
