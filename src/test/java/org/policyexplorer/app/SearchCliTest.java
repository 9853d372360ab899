package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.app.JsonShape.assertFields;
import static org.policyexplorer.app.JsonShape.codePointStarts;
import static org.policyexplorer.app.JsonShape.codePoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;

/**
 * {@code search} from the command line, on a real report with two characters outside the BMP before its first
 * part: the JSON shape, totals and offsets checked against occurrences counted in the text, the options and
 * the errors on bad ones.
 */
class SearchCliTest {
    private static final String TEXT = TestReports.withOutsideBmp("report_hailar_2018.txt");
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private CliRun cli;
    private long report;

    @BeforeEach
    void importReport() throws Exception {
        cli = new CliRun(dir.resolve("cli.db"), "zh");
        Path file = Files.writeString(dir.resolve("hailar.txt"), TEXT, StandardCharsets.UTF_8);
        report = json.readTree(cli.run("import", file.toString(), "--json")).get("id").asLong();
    }

    private JsonNode search(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        all.add("--json");
        String out = cli.run(all.toArray(String[]::new));
        assertThat(cli.exit).as(cli.err).isZero();
        return json.readTree(out);
    }

    @Test
    void jsonHasTheDocumentedShapeAndCountsEveryOccurrenceAtItsCodePointOffset() throws Exception {
        List<Integer> expected = codePointStarts(TEXT, "招商");
        assertThat(expected).hasSizeGreaterThan(3);
        JsonNode result = search("招商", "--report", Long.toString(report), "--limit", "500");
        assertFields(result, "query:str total:int sectionsWithHits:int tookMs:int hits:arr");
        assertThat(result.get("query").asText()).isEqualTo("招商");
        assertThat(result.get("total").asInt()).isEqualTo(expected.size());
        assertThat(result.get("hits")).hasSize(result.get("sectionsWithHits").asInt());
        List<Integer> starts = new ArrayList<>();
        for (JsonNode hit : result.get("hits")) {
            assertFields(hit, "report:int sectionId:int path:arr count:int snippet:str offsets:arr");
            assertThat(hit.get("report").asLong()).isEqualTo(report);
            assertThat(hit.get("offsets")).hasSize(hit.get("count").asInt());
            assertThat(hit.get("snippet").asText()).contains("【招商】");
            assertThat(hit.get("path").get(0).asText()).isIn("2017年工作回顾", "2018年工作安排");
            for (JsonNode pair : hit.get("offsets")) {
                assertThat(pair).hasSize(2);
                int start = pair.get(0).asInt();
                // a code point offset: counted in chars it would point two places too far on
                assertThat(codePoints(TEXT, start, pair.get(1).asInt())).isEqualTo("招商");
                starts.add(start);
            }
        }
        assertThat(starts).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void partOrderAndLimitNarrowAndSortTheHits() throws Exception {
        int reviewStart = TEXT.indexOf("一、2017年工作回顾");
        int planStart = TEXT.indexOf("二、2018年工作安排");
        int inReview = (int) codePointStarts(TEXT.substring(reviewStart, planStart), "投资").stream().count();
        JsonNode review = search("投资", "--part", "review", "--order", "position", "--limit", "500");
        assertThat(review.get("total").asInt()).isEqualTo(inReview);
        List<Integer> firstOffsets = new ArrayList<>();
        for (JsonNode hit : review.get("hits")) {
            assertThat(hit.get("path").get(0).asText()).isEqualTo("2017年工作回顾");
            firstOffsets.add(hit.at("/offsets/0/0").asInt());
        }
        assertThat(firstOffsets).isSorted();
        // the spellings scripts use: any case, as before
        assertThat(search("投资", "--part", "Review", "--order", "POSITION", "--limit", "500").get("total").asInt())
                .isEqualTo(inReview);
        JsonNode limited = search("投资", "--all", "--limit", "2");
        assertThat(limited.get("hits")).hasSize(2);
        assertThat(limited.get("total").asInt()).isEqualTo(codePointStarts(TEXT, "投资").size());
        // the spaces of a query make words that must all occur in one section (a paragraph: a line of the file);
        // the total counts both words in those paragraphs
        int both = 0;
        for (String line : TEXT.split("\n")) {
            if (line.contains("河长制") && line.contains("采砂")) {
                both += codePointStarts(line, "河长制").size() + codePointStarts(line, "采砂").size();
            }
        }
        assertThat(both).isPositive();
        assertThat(search("河长制", "采砂").get("total").asInt()).isEqualTo(both);
    }

    @Test
    void badOptionsAndUnknownReportsExitWithAMessage() {
        // in the user's language: the option, what it got and what it takes
        cli.run("search", "招商", "--order", "sideways");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("选项 --order 不接受“sideways”").contains("rank、position").contains("--help");
        cli.run("search", "招商", "--part", "appendix");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("--part").contains("governance").contains("appendix");
        cli.run("search", "招商", "--report", "999");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("没有编号为 999 的报告");
        cli.run("search", "招商", "--report", Long.toString(report), "--all");
        assertThat(cli.exit).as("--report and --all exclude each other").isEqualTo(2);
        cli.run("search");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("QUERY");
    }
}
