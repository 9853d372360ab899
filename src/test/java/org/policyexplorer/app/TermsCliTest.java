package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.app.JsonShape.assertFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.search.SearchFolding;

/** {@code terms} and {@code distinctive}: the documented JSON, groupings, facets, and bad input. */
class TermsCliTest {
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();

    private CliRun libraryOf(String lang, String... corpus) throws Exception {
        return CliRun.libraryOf(dir, lang, corpus);
    }

    @Test
    void termsPrintsARowPerReportWithCountsRatesAndFirsts() throws Exception {
        CliRun cli = libraryOf("en", "report_hailar_2017.txt", "report_jilin_2026.txt");
        // 𠀀 (outside the BMP) is counted once per character, as a reader counts it
        Files.writeString(dir.resolve("odd.txt"), "前言\n𠀀𠀀营商环境𠀀。\n");
        cli.run("import", dir.resolve("odd.txt").toString());
        JsonNode out = json.readTree(cli.run("terms", "营商环境", "新质生产力,𠀀", "--json"));
        assertThat(cli.exit).as(cli.err).isZero();
        assertFields(out, "terms:arr rows:arr first:obj");
        assertThat(out.get("terms")).extracting(JsonNode::asText).containsExactly("营商环境", "新质生产力", "𠀀");
        assertThat(out.get("rows")).hasSize(3);
        for (JsonNode row : out.get("rows")) {
            assertFields(row, "report:int place:str|null year:int|null level:str|null chars:int counts:obj per10k:obj");
            String text = new CliRun(dir.resolve("cli.db"), "en").run("tree", "--report", row.get("report").asText());
            assertThat(text).isNotEmpty();
        }
        JsonNode odd = out.get("rows").get(2);
        assertThat(odd.get("chars").asInt()).as("code points").isEqualTo("前言\n𠀀𠀀营商环境𠀀。\n".codePointCount(0, 14));
        assertThat(odd.get("counts").get("𠀀").asInt()).isEqualTo(3);
        assertThat(odd.get("place").isNull()).isTrue();
        JsonNode jilin = out.get("rows").get(1);
        String jilinText = new String(TestReports.bytes("/corpus/report_jilin_2026.txt"), java.nio.charset.StandardCharsets.UTF_8);
        int expected = TestReports.occurrences(SearchFolding.fold(jilinText), "新质生产力");
        assertThat(jilin.get("counts").get("新质生产力").asInt()).isEqualTo(expected).isPositive();
        assertThat(jilin.get("per10k").get("新质生产力").asDouble())
                .isCloseTo(expected * 10_000.0 / jilin.get("chars").asInt(), org.assertj.core.data.Offset.offset(0.001));
        assertFields(out.get("first").get("新质生产力"), "report:int year:int|null");
        assertThat(out.get("first").get("新质生产力").get("year").asInt()).isEqualTo(2026);
    }

    @Test
    void groupedRowsHaveNoReportAndTheFacetsNarrow() throws Exception {
        CliRun cli = libraryOf("en", "report_hailar_2017.txt", "report_hailar_2018.txt", "report_jilin_2026.txt");
        JsonNode byYear = json.readTree(cli.run("terms", "招商引资", "--by", "year", "--json"));
        assertThat(cli.exit).as(cli.err).isZero();
        assertThat(byYear.get("rows")).hasSize(3);
        for (JsonNode row : byYear.get("rows")) {
            assertFields(row, "place:null year:int level:null chars:int counts:obj per10k:obj");
        }
        JsonNode narrowed = json.readTree(cli.run("terms", "招商引资", "--filter", "year=2017-2018", "--json"));
        assertThat(narrowed.get("rows")).hasSize(2);
        cli.run("terms", "招商引资", "--filter", "colour=red");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("colour=red");
        cli.run("terms", " , ");
        assertThat(cli.exit).isNotZero();
        assertThat(cli.err).contains("at least one term");
    }

    @Test
    void distinctivePrintsTheTermsThatSetAReportApart() throws Exception {
        CliRun cli = libraryOf("zh", "report_yunnan_2026.txt", "report_jilin_2026.txt");
        JsonNode out = json.readTree(cli.run("distinctive", "--report", "1", "--top", "5", "--json"));
        assertThat(cli.exit).as(cli.err).isZero();
        assertFields(out, "report:int terms:arr");
        assertThat(out.get("terms")).hasSize(5);
        for (JsonNode t : out.get("terms")) {
            assertFields(t, "term:str count:int rest:int per10k:num restPer10k:num g2:num");
        }
        assertThat(out.get("terms").get(0).get("term").asText()).isEqualTo("云南");
        cli.run("distinctive", "--report", "99");
        assertThat(cli.exit).isNotZero();
        assertThat(cli.err).contains("99");
    }
}
