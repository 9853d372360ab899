package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;

/** The command line, run in-process against a temp store, as scripts use it. */
class CliTest {
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private String err;

    private String run(String... args) {
        return runIn("en", args);
    }

    private String runIn(String lang, String... args) {
        StringWriter out = new StringWriter();
        StringWriter errors = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("cli.db").toString(), "--lang", lang));
        all.addAll(List.of(args));
        int exit = Launcher.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(errors),
                options -> { throw new AssertionError("no window from the CLI"); });
        err = errors.toString();
        lastExit = exit;
        return out.toString();
    }

    private int lastExit;

    @Test
    void treeOnAnEmptyStoreImportsTheSeedAndPrintsItsOutline() throws Exception {
        JsonNode tree = json.readTree(run("tree", "--json"));
        assertThat(lastExit).isZero();
        assertThat(tree.at("/report/title").asText()).isEqualTo("通州区2018年政府工作报告");
        assertThat(tree.at("/report/place").asText()).isEqualTo("通州区");
        assertThat(tree.at("/report/year").asInt()).isEqualTo(2018);
        assertThat(tree.at("/report/sha256").asText()).hasSize(64);
        JsonNode sections = tree.get("sections");
        assertThat(sections).hasSize(4);
        JsonNode review = sections.get(1);
        assertThat(review.get("kind").asText()).isEqualTo("part");
        assertThat(review.get("role").asText()).isEqualTo("review");
        assertThat(review.get("year").asInt()).isEqualTo(2017);
        JsonNode chapter = review.at("/children/1");
        assertThat(chapter.get("kind").asText()).isEqualTo("chapter");
        assertThat(chapter.get("number").asText()).isEqualTo("一");
        JsonNode topic = chapter.at("/children/0");
        assertThat(topic.get("title").asText()).isEqualTo("项目建设量质并举");
        String text = TestReports.seed();
        int start = topic.get("start").asInt();
        assertThat(text.codePoints().skip(start).limit(8).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString()).isEqualTo("项目建设量质并举");
        assertThat(sections.get(0).get("role").asText()).isEqualTo("preamble");
    }

    @Test
    void offsetsInJsonCountCodePoints() throws Exception {
        Path file = Files.writeString(dir.resolve("bmp.txt"),
                "𠀀𠀀标题\n2017年工作回顾\n项目建设量质并举。新开工项目10个。\n产业发展提质增效。新兴产业占比39%。",
                StandardCharsets.UTF_8);
        run("import", file.toString());
        JsonNode tree = json.readTree(run("tree", "--json"));
        JsonNode review = tree.at("/sections/1");
        // "𠀀𠀀标题\n" is 5 code points (7 chars)
        assertThat(review.get("start").asInt()).isEqualTo(5);
    }

    /** Checks one section's fields (role and year only on parts, number only where numbered) and its range. */
    private static void assertSection(JsonNode s, String text, int parentStart, int parentEnd) {
        List<String> spec = new ArrayList<>(List.of("id:int", "kind:str"));
        boolean part = s.get("kind").asText().equals("part");
        assertThat(s.has("role")).as("role on parts only: %s", s).isEqualTo(part);
        if (part) {
            spec.add("role:str");
            if (s.has("year")) {
                spec.add("year:int");
            }
        } else {
            assertThat(s.has("year")).isFalse();
        }
        if (s.has("number")) {
            spec.add("number:str");
        }
        spec.addAll(List.of("title:str|null", "start:int", "end:int", "children:arr"));
        JsonShape.assertFields(s, String.join(" ", spec));
        assertThat(s.get("kind").asText()).isIn("part", "chapter", "topic", "paragraph");
        int start = s.get("start").asInt();
        int end = s.get("end").asInt();
        assertThat(start).isBetween(parentStart, end);
        assertThat(end).isLessThanOrEqualTo(parentEnd);
        String content = JsonShape.codePoints(text, start, end);
        if (s.has("number") && part) {
            assertThat(content).startsWith(s.get("number").asText() + "、" + s.get("title").asText());
        } else if (s.get("kind").asText().equals("paragraph")) {
            // a paragraph is one line of the file, or the rest of a heading's line
            assertThat(content).doesNotContain("\n").isNotBlank();
        } else if (!s.get("title").isNull()) {
            assertThat(content).contains(s.get("title").asText());
        }
        for (JsonNode child : s.get("children")) {
            assertSection(child, text, start, end);
        }
    }

    @Test
    void treeJsonHasTheDocumentedShapeAndCodePointRanges() throws Exception {
        String text = TestReports.withOutsideBmp("report_hailar_2018.txt");
        Path file = Files.writeString(dir.resolve("hailar.txt"), text, StandardCharsets.UTF_8);
        run("import", file.toString());
        JsonNode tree = json.readTree(run("tree", "--json"));
        assertThat(lastExit).isZero();
        JsonShape.assertFields(tree, "report:obj sections:arr");
        JsonShape.assertFields(tree.get("report"), "id:int title:str place:str|null year:int|null level:str|null "
                + "outlineUnsure:bool sha256:str");
        assertThat(tree.at("/report/place").asText()).isEqualTo("海拉尔区");
        assertThat(tree.at("/report/year").asInt()).isEqualTo(2018);
        JsonNode sections = tree.get("sections");
        assertThat(sections).extracting(p -> p.get("role").asText()).containsExactly("preamble", "review", "plan");
        int length = text.codePointCount(0, text.length());
        for (JsonNode part : sections) {
            assertSection(part, text, 0, length);
        }
        // the review starts where its heading does, counted in code points (two fewer than chars)
        int reviewAt = text.indexOf("一、2017年工作回顾");
        assertThat(sections.get(1).get("start").asInt()).isEqualTo(reviewAt - 2)
                .isEqualTo(text.codePointCount(0, reviewAt));
        assertThat(sections.get(1).get("year").asInt()).isEqualTo(2017);
        assertThat(sections.get(2).get("year").asInt()).isEqualTo(2018);
        assertThat(sections.get(2).get("number").asText()).isEqualTo("二");
        assertThat(sections.get(0).get("title").isNull()).isTrue(); // the title block has no heading
        run("tree", "--report", "abc");
        assertThat(lastExit).isEqualTo(2);
        assertThat(err).contains("abc");
    }

    @Test
    void importAndReportsJsonHaveTheDocumentedShape() throws Exception {
        String text = TestReports.corpus("report_hailar_2018.txt");
        Path file = Files.write(dir.resolve("hailar.txt"), TestReports.bytes("/corpus/report_hailar_2018.txt"));
        JsonNode imported = json.readTree(run("import", file.toString(), "--json"));
        JsonShape.assertFields(imported, "id:int created:bool structured:bool report:obj sourceFormat:str newVersionOf:null");
        JsonShape.assertFields(imported.get("report"), "id:int title:str place:str|null year:int|null "
                + "level:str|null outlineUnsure:bool sha256:str");
        assertThat(imported.get("structured").asBoolean()).isTrue();
        assertThat(imported.at("/report/id").asLong()).isEqualTo(imported.get("id").asLong());
        assertThat(imported.at("/report/level").asText()).isEqualTo("district"); // 海拉尔区: a district
        JsonNode row = json.readTree(run("reports", "--json")).get(0);
        JsonShape.assertFields(row, "id:int title:str place:str|null year:int|null level:str|null "
                + "outlineUnsure:bool sha256:str sourceName:str sourceEncoding:str sourceFormat:str length:int importedAt:str");
        assertThat(row.get("sourceName").asText()).isEqualTo("hailar.txt");
        assertThat(row.get("sourceEncoding").asText()).isEqualTo("UTF-8");
        // length counts code points, as every offset does, of the text as stored (without the file's last line end)
        String stored = text.stripTrailing();
        assertThat(row.get("length").asInt()).isEqualTo(stored.codePointCount(0, stored.length()));
        assertThat(java.time.Instant.parse(row.get("importedAt").asText())).isBeforeOrEqualTo(java.time.Instant.now());
        run("reports", "--bogus");
        assertThat(lastExit).isEqualTo(2);
        assertThat(err).contains("--bogus");
    }

    @Test
    void importIsIdempotentAndReportsListsWhatIsThere() throws Exception {
        Path file = Files.write(dir.resolve("hailar.txt"), TestReports.bytes("/corpus/report_hailar_2018.txt"));
        JsonNode first = json.readTree(run("import", file.toString(), "--json"));
        JsonNode second = json.readTree(run("import", file.toString(), "--json"));
        assertThat(first.get("created").asBoolean()).isTrue();
        assertThat(second.get("created").asBoolean()).isFalse();
        assertThat(second.get("id").asLong()).isEqualTo(first.get("id").asLong());
        JsonNode reports = json.readTree(run("reports", "--json"));
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("place").asText()).isEqualTo("海拉尔区");
        assertThat(run("import", file.toString()).trim()).isEqualTo(first.get("id").asText());
    }

    @Test
    void badFilesGetAClearMessageAndANonZeroExit() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        run("import", empty.toString());
        assertThat(lastExit).isEqualTo(2);
        assertThat(err).contains("empty.txt").contains("empty").doesNotContain("Exception");
        Path zip = Files.write(dir.resolve("report.txt"), new byte[] {'P', 'K', 3, 4, 0, 0});
        runIn("zh", "import", zip.toString());
        assertThat(err).contains("不是文本文件");
        run("tree", "--report", "999");
        assertThat(lastExit).isEqualTo(2);
        assertThat(err).contains("999");
    }

    @Test
    void noCommandOpensTheWindow() {
        StringWriter out = new StringWriter();
        List<StartOptions> launched = new ArrayList<>();
        int exit = Launcher.run(new String[] {"--db", "x.db", "--lang", "zh", "--check-start"},
                new PrintWriter(out), new PrintWriter(out), o -> launched.add(o) ? 7 : 0);
        assertThat(exit).as("the window's exit status is the process's").isEqualTo(7);
        assertThat(launched).singleElement().satisfies(o -> {
            assertThat(o.database()).isEqualTo(Path.of("x.db"));
            assertThat(o.lang()).isEqualTo("zh");
            assertThat(o.checkStart()).isTrue();
        });
    }
}
