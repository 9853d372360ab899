package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.app.JsonShape.assertFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;

/**
 * Codes that nest, memos and the code × report matrix from the command line: {@code tags}, {@code tag --parent},
 * {@code memo}, {@code matrix}; their JSON, and their messages on bad input.
 */
class CodesCliTest {
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private CliRun cli;
    private long hailar;
    private long guangdong;

    @BeforeEach
    void annotate() throws Exception {
        cli = new CliRun(dir.resolve("codes.db"), "zh");
        hailar = importReport("report_hailar_2018.txt");
        guangdong = importReport("report_guangdong_2022.txt");
        annotate(hailar, "河长制", "河长制");
        annotate(hailar, "采砂", "生态");
        annotate(guangdong, "河湖", "河长制"); // the code, on the words this report uses
        annotate(guangdong, "碳达峰", "生态,双碳");
    }

    private long importReport(String name) throws Exception {
        Path file = Files.writeString(dir.resolve(name), TestReports.corpus(name), StandardCharsets.UTF_8);
        return json.readTree(cli.run("import", file.toString(), "--json")).get("id").asLong();
    }

    private void annotate(long report, String quote, String tags) {
        cli.run("annotate", "--report", Long.toString(report), "--quote", quote, "--tags", tags);
        assertThat(cli.exit).as(cli.err).isZero();
    }

    private JsonNode tag(JsonNode tags, String name) {
        for (JsonNode t : tags) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no tag " + name + " in " + tags);
    }

    @Test
    void tagsNestUnderParentsAndListWithPathsColoursAndCounts() throws Exception {
        cli.run("tag", "河长制", "--parent", "生态");
        assertThat(cli.exit).as(cli.err).isZero();
        cli.run("tag", "双碳", "--parent", "生态");
        JsonNode tags = json.readTree(cli.run("tags", "--json"));
        assertThat(tags).hasSize(3);
        for (JsonNode t : tags) {
            assertFields(t, "name:str parent:str|null path:arr depth:int color:str annotations:int memo:str");
            assertThat(t.get("color").asText()).matches("#[0-9a-f]{6}");
        }
        // parents before their children, siblings by name
        assertThat(tags.get(0).get("name").asText()).isEqualTo("生态");
        assertThat(tag(tags, "生态").get("parent").isNull()).isTrue();
        assertThat(tag(tags, "河长制").get("parent").asText()).isEqualTo("生态");
        assertThat(tag(tags, "河长制").get("path").toString()).isEqualTo("[\"生态\",\"河长制\"]");
        assertThat(tag(tags, "河长制").get("depth").asInt()).isEqualTo(1);
        assertThat(tag(tags, "河长制").get("annotations").asInt()).isEqualTo(2);
        assertThat(tag(tags, "生态").get("annotations").asInt()).isEqualTo(2); // its own: 采砂 and 碳达峰
        List<String> colours = new ArrayList<>();
        tags.forEach(t -> colours.add(t.get("color").asText()));
        assertThat(colours).doesNotHaveDuplicates();

        cli.run("tag", "生态", "--parent", "河长制");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("不能把“生态”放到“河长制”之下");
        cli.run("tag", "生态", "--color", "red");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("“red”不是颜色");
        cli.run("tag", "生态", "--color", "#123ABC");
        assertThat(tag(json.readTree(cli.run("tags", "--json")), "生态").get("color").asText()).isEqualTo("#123abc");
        cli.run("tag", "河长制", "--top");
        assertThat(tag(json.readTree(cli.run("tags", "--json")), "河长制").get("parent").isNull()).isTrue();
    }

    @Test
    void renamingMergingAndDeletingKeepTheChildren() throws Exception {
        cli.run("tag", "河长制", "--parent", "生态");
        cli.run("tag", "生态", "--rename-to", "生态环境");
        assertThat(tag(json.readTree(cli.run("tags", "--json")), "河长制").get("parent").asText()).isEqualTo("生态环境");
        cli.run("tag", "双碳", "--parent", "绿色"); // 绿色 is made, as a heading
        cli.run("tag", "绿色", "--rename-to", "生态环境"); // merged: its child 双碳 goes with it
        JsonNode tags = json.readTree(cli.run("tags", "--json"));
        assertThat(tag(tags, "双碳").get("parent").asText()).isEqualTo("生态环境");
        assertThat(tags).noneMatch(t -> t.get("name").asText().equals("绿色"));
        cli.run("tag", "生态环境", "--delete");
        tags = json.readTree(cli.run("tags", "--json"));
        assertThat(tag(tags, "河长制").get("parent").isNull()).isTrue();
        assertThat(tag(tags, "双碳").get("parent").isNull()).isTrue();
        assertThat(json.readTree(cli.run("annotations", "--json"))).hasSize(4); // the annotations stay
    }

    @Test
    void memosOnAReportAndOnATagAreKeptExactly() throws Exception {
        String memo = "通篇重点：生态。\n第二段，带 \"引号\"。";
        JsonNode set = json.readTree(cli.run("memo", "--report", Long.toString(hailar), "--set", memo, "--json"));
        assertFields(set, "report:int tag:null memo:str");
        assertThat(set.get("memo").asText()).isEqualTo(memo);
        assertThat(cli.run("memo", "--report", Long.toString(hailar))).isEqualTo(memo + System.lineSeparator());
        JsonNode tagMemo = json.readTree(cli.run("memo", "--tag", "生态", "--set", "生态环境的段落", "--json"));
        assertFields(tagMemo, "report:null tag:str memo:str");
        assertThat(tag(json.readTree(cli.run("tags", "--json")), "生态").get("memo").asText()).isEqualTo("生态环境的段落");
        cli.run("memo", "--tag", "生态", "--clear");
        assertThat(json.readTree(cli.run("memo", "--tag", "生态", "--json")).get("memo").asText()).isEmpty();

        cli.run("memo", "--tag", "没有这个", "--set", "x");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("没有名为“没有这个”的标签");
        cli.run("memo", "--report", "999");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("没有编号为 999 的报告");
        cli.run("memo", "--set", "x");
        assertThat(cli.exit).as("--report or --tag is required").isEqualTo(2);
    }

    @Test
    void aParentListsTheAnnotationsOfItsChildrenWhenAskedAndAMemoMovesToANewVersion() throws Exception {
        cli.run("tag", "河长制", "--parent", "生态");
        assertThat(json.readTree(cli.run("annotations", "--tag", "生态", "--json"))).hasSize(2);
        JsonNode all = json.readTree(cli.run("annotations", "--tag", "生态", "--with-children", "--json"));
        assertThat(all.findValuesAsText("exact")).containsExactlyInAnyOrder("采砂", "河长制", "河湖", "碳达峰");

        cli.run("memo", "--report", Long.toString(hailar), "--set", "旧版的备忘");
        String text = TestReports.corpus("report_hailar_2018.txt");
        int at = text.indexOf("河长制");
        Path revised = Files.writeString(dir.resolve("revised.txt"), text.substring(0, at) + "（修订）"
                + text.substring(at), StandardCharsets.UTF_8);
        long fresh = json.readTree(cli.run("import", revised.toString(), "--new-version-of", Long.toString(hailar),
                "--json")).get("id").asLong();
        assertThat(cli.exit).as(cli.err).isZero();
        assertThat(json.readTree(cli.run("memo", "--report", Long.toString(fresh), "--json")).get("memo").asText())
                .isEqualTo("旧版的备忘");
    }

    private static JsonNode row(JsonNode matrix, String tag) {
        for (JsonNode r : matrix.get("rows")) {
            if (r.get("tag").asText().equals(tag)) {
                return r;
            }
        }
        throw new AssertionError("no row " + tag);
    }

    @Test
    void theMatrixCountsCodedPassagesPerCodePerReportAndRollsUp() throws Exception {
        cli.run("tag", "河长制", "--parent", "生态");
        JsonNode flat = json.readTree(cli.run("matrix", "--json"));
        assertFields(flat, "reports:arr rows:arr rolledUp:bool");
        assertThat(flat.get("reports")).hasSize(2);
        assertFields(flat.get("reports").get(0), "id:int title:str");
        assertThat(flat.get("reports").get(0).get("id").asLong()).isEqualTo(hailar);
        assertThat(flat.get("reports").get(1).get("id").asLong()).isEqualTo(guangdong);
        JsonNode ecology = row(flat, "生态");
        assertFields(ecology, "tag:str path:str depth:int counts:arr total:int");
        // labelled by reading the annotations above: 生态 is on 采砂 (海拉尔) and 碳达峰 (广东)
        assertThat(ecology.get("tag").asText()).isEqualTo("生态");
        assertThat(ecology.get("counts").toString()).isEqualTo("[1,1]");
        JsonNode river = row(flat, "河长制");
        // parents before their children
        assertThat(flat.get("rows").findValuesAsText("tag")).containsSubsequence("生态", "河长制");
        assertThat(river.get("path").asText()).isEqualTo("生态 › 河长制");
        assertThat(river.get("counts").toString()).isEqualTo("[1,1]");
        JsonNode up = json.readTree(cli.run("matrix", "--roll-up", "--json"));
        assertThat(up.get("rolledUp").asBoolean()).isTrue();
        // rolled up, 生态 gathers its own passages and those of 河长制: two in each report
        assertThat(row(up, "生态").get("counts").toString()).isEqualTo("[2,2]");
        assertThat(row(up, "生态").get("total").asInt()).isEqualTo(4);
        assertThat(row(up, "河长制").get("counts").toString()).isEqualTo("[1,1]");

        Path csv = dir.resolve("matrix.csv");
        cli.run("matrix", "--csv", csv.toString());
        assertThat(cli.exit).as(cli.err).isZero();
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new java.io.StringReader(content.substring(1))).getRecords();
        assertThat(rows.get(0).get(0)).isEqualTo("编码");
        assertThat(rows.get(0).size()).isEqualTo(4); // code, two reports, total
        cli.run("matrix", "--csv", dir.resolve("no/such/folder/m.csv").toString());
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("无法写入文件");
    }
}
