package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.app.JsonShape.assertFields;
import static org.policyexplorer.app.JsonShape.codePointStarts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.bench.SearchBenchmark;
import org.policyexplorer.bench.SyntheticCorpus;

/** bench search and bench import, as PERFORMANCE.md runs them: the JSON shape, and bad sub-commands. */
class BenchCliTest {
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void benchSearchMeasuresTheQueriesOnASyntheticLibrary() throws Exception {
        CliRun cli = new CliRun(dir.resolve("cli.db"), "en");
        int reports = 20;
        JsonNode result = json.readTree(cli.run("bench", "search", "--reports", Integer.toString(reports), "--json"));
        assertThat(cli.exit).isZero();
        assertFields(result, "reports:int paragraphs:int buildMs:int p50Ms:num p95Ms:num scanP50Ms:num scanP95Ms:num "
                + "speedup:num queries:arr unseenQueries:arr systems:arr ratios:obj");
        assertFields(result.get("ratios"), "p95VsPeer:num unseenP95VsPeer:num indexVsPeer:num speedupOverScan:num");
        List<String> systems = new ArrayList<>();
        for (JsonNode s : result.get("systems")) {
            assertFields(s, "system:str indexBytes:int buildMs:int p50Ms:num p95Ms:num unseenP50Ms:num unseenP95Ms:num");
            systems.add(s.get("system").asText());
        }
        assertThat(systems).containsExactly("app", "lucene-peer", "scan");
        assertThat(result.get("systems").get(0).get("indexBytes").asLong()).isPositive();
        // the unseen list: drawn from the library, in every form (several words, OR, an exclusion)
        List<String> unseen = new ArrayList<>();
        result.get("unseenQueries").forEach(q -> unseen.add(q.get("query").asText()));
        assertThat(unseen).hasSize(20).doesNotContainAnyElementsOf(SearchBenchmark.QUERIES)
                .anyMatch(q -> q.contains(" OR ")).anyMatch(q -> q.contains(" -")).anyMatch(q -> q.split(" ").length == 2);
        assertThat(result.get("reports").asInt()).isEqualTo(reports);
        assertThat(result.get("p50Ms").asDouble()).isLessThanOrEqualTo(result.get("p95Ms").asDouble());
        List<String> queries = new ArrayList<>();
        for (JsonNode q : result.get("queries")) {
            assertFields(q, "query:str total:int sectionsWithHits:int p50Ms:num peerP50Ms:num scanP50Ms:num");
            queries.add(q.get("query").asText());
        }
        assertThat(queries).containsExactlyElementsOf(SearchBenchmark.QUERIES);
        // the same synthetic reports, built again here: 招商 counted in their text
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        int expected = 0;
        for (int n = 1; n <= reports; n++) {
            expected += codePointStarts(corpus.report(n), "招商").size();
        }
        JsonNode zhaoshang = result.get("queries").get(SearchBenchmark.QUERIES.indexOf("招商"));
        assertThat(expected).isPositive();
        assertThat(zhaoshang.get("total").asInt()).isEqualTo(expected);
    }

    @Test
    void benchTermsTimesTheTableAgainstAScanThatAgrees() throws Exception {
        CliRun cli = new CliRun(dir.resolve("cli.db"), "en");
        int reports = 20;
        JsonNode result = json.readTree(cli.run("bench", "terms", "--reports", Integer.toString(reports), "--json"));
        assertThat(cli.exit).as(cli.err).isZero();
        assertFields(result, "reports:int rows:int buildMs:int terms:arr tableMs:num scanMs:num speedup:num "
                + "occurrences:int");
        assertThat(result.get("terms")).hasSize(10);
        // the same synthetic reports built again here: the ten terms counted in their text
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        long expected = 0;
        for (int n = 1; n <= reports; n++) {
            String text = corpus.report(n);
            for (JsonNode term : result.get("terms")) {
                expected += codePointStarts(text, term.asText()).size();
            }
        }
        assertThat(result.get("occurrences").asLong()).isEqualTo(expected).isPositive();
        assertThat(cli.run("bench", "terms", "--reports", "5")).contains("table from the index");
    }

    @Test
    void benchImportTimesTheBundledReport() throws Exception {
        CliRun cli = new CliRun(dir.resolve("cli.db"), "en");
        JsonNode result = json.readTree(cli.run("bench", "import", "--json"));
        assertThat(cli.exit).isZero();
        assertFields(result, "runs:int firstMs:num medianMs:num maxMs:num");
        assertThat(result.get("runs").asInt()).isGreaterThan(1);
        assertThat(result.get("medianMs").asDouble()).isPositive().isLessThanOrEqualTo(result.get("maxMs").asDouble());
        String text = cli.run("bench", "import");
        assertThat(text).startsWith("import of the bundled report: first ");
    }

    @Test
    void anUnknownOrMissingBenchmarkOrABadCountExitsWithUsage() {
        CliRun cli = new CliRun(dir.resolve("cli.db"), "en");
        cli.run("bench", "startup");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("startup");
        cli.run("bench");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).as("the usage lists the benchmarks").contains("search").contains("import");
        cli.run("bench", "search", "--reports", "many");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("many");
    }
}
