package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.policyexplorer.app.JsonShape.assertFields;
import static org.policyexplorer.app.JsonShape.codePoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;

/**
 * {@code indicators} from the command line on 海拉尔区 2018 with two characters outside the BMP before its
 * parts: the shape of figures, main targets and pairs, their code-point offsets, and what the gold (judged by
 * hand, {@code labelled/gold/hailar_2018.json}) says the plan promises.
 */
class IndicatorsCliTest {
    private static final String TEXT = TestReports.withOutsideBmp("report_hailar_2018.txt");
    private static final String FIGURE = "kind:str name:str value:num|null unit:str|null qualifier:str|null text:str "
            + "change:str|null start:int end:int path:arr";
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();

    private static void assertFigure(JsonNode figure) {
        assertFields(figure, FIGURE);
        assertThat(figure.get("kind").asText()).isIn("result", "target");
        // the offsets count code points: the figure's text is exactly what they point at
        assertThat(codePoints(TEXT, figure.get("start").asInt(), figure.get("end").asInt()))
                .isEqualTo(figure.get("text").asText());
    }

    @Test
    void figuresMainTargetsAndPairsHaveTheDocumentedShapeAndCodePointOffsets() throws Exception {
        CliRun cli = new CliRun(dir.resolve("cli.db"), "zh");
        Path file = Files.writeString(dir.resolve("hailar.txt"), TEXT, StandardCharsets.UTF_8);
        long id = json.readTree(cli.run("import", file.toString(), "--json")).get("id").asLong();
        JsonNode report = json.readTree(cli.run("indicators", "--report", Long.toString(id), "--json"));
        assertThat(cli.exit).isZero();
        assertFields(report, "indicators:arr mainTargets:arr pairs:arr");

        int planStart = TEXT.codePointCount(0, TEXT.indexOf("二、2018年工作安排"));
        assertThat(report.get("indicators")).hasSizeGreaterThan(20);
        for (JsonNode figure : report.get("indicators")) {
            assertFigure(figure);
            // results are told in the review, targets in the plan
            boolean inPlan = figure.get("start").asInt() >= planStart;
            assertThat(figure.get("kind").asText()).as(figure.toString()).isEqualTo(inPlan ? "target" : "result");
            assertThat(figure.get("path").get(0).asText()).isEqualTo(inPlan ? "2018年工作安排" : "2017年工作回顾");
        }

        // the main expected targets are one sentence of the plan (line 22 of the file)
        String line = TEXT.lines().filter(l -> l.startsWith("今年经济社会发展主要预期目标是")).findFirst().orElseThrow();
        int lineStart = TEXT.codePointCount(0, TEXT.indexOf(line));
        int lineEnd = lineStart + line.codePointCount(0, line.length());
        StringBuilder said = new StringBuilder();
        for (JsonNode target : report.get("mainTargets")) {
            assertFields(target, "name:str value:num|null unit:str|null qualifier:str|null text:str kind:str "
                    + "start:int end:int");
            int start = target.get("start").asInt();
            assertThat(start).isBetween(lineStart, lineEnd);
            assertThat(codePoints(TEXT, start, target.get("end").asInt())).isEqualTo(target.get("text").asText());
            // every main target of this sentence is a growth rate or has no number
            assertThat(target.get("kind").asText()).isEqualTo(target.get("value").isNull() ? "qualitative" : "growth");
            said.append(target.get("text").asText()).append('；');
        }
        for (JsonNode gold : json.readTree(TestReports.bytes("/labelled/gold/hailar_2018.json")).get("main_targets")) {
            assertThat(said.toString()).contains(gold.get("name").asText()).contains(gold.get("value").asText());
        }

        // the gold pairs 城乡居民人均可支配收入: 增长7.8% last year, 7.5% promised
        JsonNode income = null;
        for (JsonNode pair : report.get("pairs")) {
            assertFields(pair, "name:str result:obj target:obj difference:num|null");
            assertFigure(pair.get("result"));
            assertFigure(pair.get("target"));
            assertThat(pair.at("/result/kind").asText()).isEqualTo("result");
            assertThat(pair.at("/target/kind").asText()).isEqualTo("target");
            if (pair.at("/result/text").asText().contains("7.8%")) {
                income = pair;
            }
        }
        assertThat(income).isNotNull();
        assertThat(income.at("/target/text").asText()).contains("7.5%");
        assertThat(income.get("difference").asDouble()).isCloseTo(7.5 - 7.8, within(1e-9));
    }

    @Test
    void anUnknownReportExitsWithAMessage() {
        CliRun cli = new CliRun(dir.resolve("cli.db"), "zh");
        cli.run("indicators", "--report", "999", "--json");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("没有编号为 999 的报告").doesNotContain("Exception");
        cli.run("indicators", "--report", "abc");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("abc");
    }

    @Test
    void theTableOfResultsBesideTargetsGoesToCsvAsTheTabExportsIt() throws Exception {
        CliRun cli = new CliRun(dir.resolve("csv.db"), "zh");
        JsonNode pairs = json.readTree(cli.run("indicators", "--json")).get("pairs"); // the seed
        Path csv = dir.resolve("指标.csv");
        cli.run("indicators", "--csv", csv.toString());
        assertThat(cli.exit).isZero();
        String written = java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).startsWith("\uFEFF指标,2017年结果,2018年目标,");
        try (var parser = org.apache.commons.csv.CSVParser.parse(written.substring(1),
                org.apache.commons.csv.CSVFormat.EXCEL)) {
            var records = parser.getRecords();
            assertThat(records).hasSize(pairs.size() + 1);
            for (int i = 0; i < pairs.size(); i++) {
                assertThat(records.get(i + 1).get(0)).isEqualTo(pairs.get(i).get("name").asText());
                assertThat(pairs.get(i).get("target").get("text").asText()).contains(records.get(i + 1).get(2));
            }
        }
        cli.run("indicators", "--csv", dir.resolve("no-such-folder").resolve("x.csv").toString());
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("x.csv");
    }
}
