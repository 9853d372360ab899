package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.SectionPaths;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.search.Occurrence;
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

    @Option(names = "--part", paramLabel = "ROLE", description = "Only in parts of this role: review, plan, "
            + "governance, preamble, other.")
    String part;

    @Option(names = "--limit", defaultValue = "50", description = "How many hits to list (default 50).")
    int limit;

    @Option(names = "--order", defaultValue = "rank", description = "rank (best first) or position.")
    String order;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            SearchScope scope = scope(context);
            SearchResult result = context.search().search(String.join(" ", words), scope, limit, searchOrder(context));
            SectionPaths paths = new SectionPaths(context.library(), context.messages());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, toJson(result, paths));
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
        if (part == null) {
            return scope;
        }
        try {
            return scope.withRole(PartRole.fromKey(part));
        } catch (IllegalArgumentException e) {
            throw new UserError(context.messages().get("cli.error.badPart", part));
        }
    }

    private SearchOrder searchOrder(AppContext context) {
        try {
            return SearchOrder.valueOf(order.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError(context.messages().get("cli.error.badOrder", order));
        }
    }

    private static Map<String, Object> toJson(SearchResult result, SectionPaths paths) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", result.query());
        m.put("total", result.total());
        m.put("sectionsWithHits", result.sectionsWithHits());
        m.put("tookMs", result.tookMs());
        List<Object> hits = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("report", hit.reportId());
            h.put("sectionId", hit.sectionId());
            h.put("path", paths.path(hit.reportId(), hit.sectionId()));
            h.put("count", hit.count());
            h.put("snippet", hit.snippet());
            List<int[]> offsets = new ArrayList<>();
            for (Occurrence o : hit.occurrences()) {
                offsets.add(new int[] {o.codePointStart(), o.codePointEnd()});
            }
            h.put("offsets", offsets);
            hits.add(h);
        }
        m.put("hits", hits);
        return m;
    }
}
