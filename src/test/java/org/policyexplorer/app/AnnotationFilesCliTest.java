package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.app.JsonShape.assertFields;
import static org.policyexplorer.app.JsonShape.assertFieldsAnyOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;

/**
 * export and import-annotations from the command line: every format and its spellings, the W3C Web Annotation
 * JSON-LD (its shape, code-point positions past two characters outside the BMP), reading it back into another
 * store, and the messages for bad formats, unwritable targets and unreadable files.
 */
class AnnotationFilesCliTest {
    private static final String TEXT = TestReports.withOutsideBmp("report_hailar_2018.txt");
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private CliRun cli;
    private long report;

    @BeforeEach
    void annotate() throws Exception {
        cli = new CliRun(dir.resolve("cli.db"), "zh");
        report = importInto(cli);
        cli.run("annotate", "--report", Long.toString(report), "--quote", "河长制", "--note", "制度创新",
                "--tags", "生态,制度", "--color", "#81c784");
        assertThat(cli.exit).as(cli.err).isZero();
        cli.run("annotate", "--report", Long.toString(report), "--quote", "采砂", "--tags", "生态");
        assertThat(cli.exit).as(cli.err).isZero();
    }

    private long importInto(CliRun store) throws Exception {
        Path file = Files.writeString(dir.resolve("hailar.txt"), TEXT, StandardCharsets.UTF_8);
        return json.readTree(store.run("import", file.toString(), "--json")).get("id").asLong();
    }

    private Path export(String format, String name) {
        Path out = dir.resolve(name);
        String printed = cli.run("export", "--format", format, "--out", out.toString());
        assertThat(cli.exit).as(format + ": " + cli.err).isZero();
        assertThat(printed.trim()).isEqualTo(out.toAbsolutePath().toString());
        return out;
    }

    @Test
    void w3cExportHasTheWebAnnotationShapeWithCodePointPositions() throws Exception {
        JsonNode root = json.readTree(export("w3c", "a.jsonld").toFile());
        assertFields(root, "@context:arr id:str type:str label:str total:int first:obj last:str");
        // the model's context, and a prefix for our own terms so that RDF tools expand policyExplorer:color
        assertThat(root.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertFields(root.get("@context").get(1), "policyExplorer:str");
        assertThat(root.get("@context").get(1).get("policyExplorer").asText()).isEqualTo("urn:policy-explorer:vocab:");
        assertThat(root.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(root.get("id").asText()).startsWith("urn:policy-explorer:export:");
        assertThat(root.get("total").asInt()).isEqualTo(2);
        assertFields(root.get("first"), "id:str type:str partOf:str startIndex:int items:arr");
        assertThat(root.at("/first/type").asText()).isEqualTo("AnnotationPage");
        // §5.2: the page has an IRI of its own, names the collection it is part of, and is the last page too
        assertThat(root.at("/first/id").asText()).startsWith("urn:").isNotEqualTo(root.get("id").asText());
        assertThat(root.at("/first/partOf").asText()).isEqualTo(root.get("id").asText());
        assertThat(root.get("last").asText()).isEqualTo(root.at("/first/id").asText());
        assertThat(root.at("/first/startIndex").asInt()).isZero();
        JsonNode items = root.at("/first/items");
        assertThat(items).hasSize(2);
        String sha = json.readTree(cli.run("reports", "--json")).get(0).get("sha256").asText();
        JsonNode river = null;
        for (JsonNode item : items) {
            assertFields(item, "id:str type:str created:str modified:str body:arr target:obj policyExplorer:color:str");
            assertThat(item.get("id").asText()).matches("urn:uuid:[0-9a-f-]{36}");
            assertThat(item.get("type").asText()).isEqualTo("Annotation");
            assertFields(item.get("target"), "source:str selector:arr");
            assertThat(item.at("/target/source").asText()).isEqualTo("urn:policy-explorer:report:" + sha);
            if (item.at("/target/selector/0/exact").asText().equals("河长制")) {
                river = item;
            }
        }
        assertThat(river).isNotNull();
        assertThat(river.get("policyExplorer:color").asText()).isEqualTo("#81c784");
        JsonNode body = river.get("body");
        assertThat(body).hasSize(3);
        assertFieldsAnyOrder(body.get(0), "type:str purpose:str value:str format:str");
        assertThat(body.get(0).get("purpose").asText()).isEqualTo("commenting");
        assertThat(body.get(0).get("value").asText()).isEqualTo("制度创新");
        for (JsonNode tag : List.of(body.get(1), body.get(2))) {
            assertFieldsAnyOrder(tag, "type:str purpose:str value:str policyExplorer:color:str");
            assertThat(tag.get("policyExplorer:color").asText()).matches("#[0-9a-f]{6}");
            assertThat(tag.get("type").asText()).isEqualTo("TextualBody");
            assertThat(tag.get("purpose").asText()).isEqualTo("tagging");
        }
        assertThat(Stream.of(body.get(1), body.get(2)).map(t -> t.get("value").asText())).containsExactlyInAnyOrder(
                "生态", "制度");
        JsonNode quote = river.at("/target/selector/0");
        assertFields(quote, "type:str exact:str prefix:str suffix:str");
        assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(TEXT).contains(quote.get("prefix").asText() + "河长制" + quote.get("suffix").asText());
        JsonNode position = river.at("/target/selector/1");
        assertFields(position, "type:str start:int end:int");
        assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
        int start = TEXT.codePointCount(0, TEXT.indexOf("河长制"));
        assertThat(position.get("start").asInt()).isEqualTo(start);
        assertThat(position.get("end").asInt()).isEqualTo(start + 3);
        // one report: the collection is labelled with its title
        assertThat(root.get("label").asText()).isEqualTo(json.readTree(cli.run("reports", "--json")).get(0)
                .get("title").asText());
    }

    @Test
    void theW3cFileIsReadBackIntoAnotherStoreAtTheSamePlacesAndNotTwice() throws Exception {
        Path file = export("w3c", "a.jsonld");
        CliRun other = new CliRun(dir.resolve("other.db"), "zh");
        importInto(other);
        String said = other.run("import-annotations", file.toString());
        assertThat(other.exit).as(other.err).isZero();
        assertThat(said.trim()).isEqualTo("已导入 2 条批注，0 条已存在，0 条无法定位（保留为孤立批注）。");
        JsonNode back = json.readTree(other.run("annotations", "--tag", "制度", "--json"));
        assertThat(back).hasSize(1);
        JsonNode river = back.get(0);
        int start = TEXT.codePointCount(0, TEXT.indexOf("河长制"));
        assertThat(river.get("start").asInt()).isEqualTo(start);
        assertThat(river.get("end").asInt()).isEqualTo(start + 3);
        assertThat(river.get("note").asText()).isEqualTo("制度创新");
        assertThat(river.get("color").asText()).isEqualTo("#81c784");
        assertThat(river.get("status").asText()).isEqualTo("anchored");
        assertThat(other.run("import-annotations", file.toString()).trim())
                .isEqualTo("已导入 0 条批注，2 条已存在，0 条无法定位（保留为孤立批注）。");
    }

    @Test
    void everyFormatAndItsSpellingsWriteAFile() throws Exception {
        String csv = Files.readString(export("csv", "a.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("河长制").contains("制度创新");
        assertThat(Files.readString(export("CSV", "b.csv"), StandardCharsets.UTF_8)).isEqualTo(csv);
        for (String md : List.of("md", "markdown")) {
            assertThat(Files.readString(export(md, md + ".md"))).contains("> 河长制");
        }
        for (String w3c : List.of("json", "jsonld")) {
            assertThat(json.readTree(export(w3c, w3c + ".json").toFile()).get("type").asText())
                    .isEqualTo("AnnotationCollection");
        }
        byte[] qdpx = Files.readAllBytes(export("qdpx", "a.qdpx"));
        assertThat(new String(qdpx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK"); // a zip
        Path only = dir.resolve("only.csv");
        cli.run("export", "--format", "csv", "--out", only.toString(), "--report", Long.toString(report));
        assertThat(cli.exit).isZero();
        assertThat(Files.readString(only, StandardCharsets.UTF_8)).isEqualTo(csv);
    }

    @Test
    void badFormatsTargetsAndFilesExitWithAMessageAndWriteNothing() throws Exception {
        Path pdf = dir.resolve("a.pdf");
        cli.run("export", "--format", "pdf", "--out", pdf.toString());
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("--format").contains("qdpx").contains("pdf");
        assertThat(pdf).doesNotExist();
        cli.run("export", "--out", pdf.toString());
        assertThat(cli.exit).as("--format is required").isEqualTo(2);
        assertThat(cli.err).contains("--format");
        Path nowhere = dir.resolve("no/such/folder/a.csv");
        cli.run("export", "--format", "csv", "--out", nowhere.toString());
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("无法写入文件").contains("该位置没有留下任何内容");
        cli.run("export", "--format", "csv", "--out", dir.resolve("x.csv").toString(), "--report", "999");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("没有编号为 999 的报告");

        cli.run("import-annotations", dir.resolve("missing.jsonld").toString());
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("无法读取这个批注文件").contains("missing.jsonld").contains("没有导入任何内容");
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"name\": \"not annotations\"}");
        cli.run("import-annotations", foreign.toString());
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("foreign.json").contains("没有导入任何内容");
        // a file about a report this store does not hold: refused, nothing added
        CliRun empty = new CliRun(dir.resolve("empty.db"), "zh");
        empty.run("import-annotations", export("w3c", "a.jsonld").toString());
        assertThat(empty.exit).isEqualTo(2);
        assertThat(json.readTree(empty.run("annotations", "--json"))).isEmpty();
    }

    @Test
    void aRefiQdaProjectImportsIntoAnEmptyStoreWithItsReportAndSaysWhatItBrought() throws Exception {
        cli.run("memo", "--report", Long.toString(report), "--set", "总体备忘");
        Path qdpx = export("qdpx", "a.qdpx");
        CliRun empty = new CliRun(dir.resolve("fresh.db"), "zh");
        JsonNode result = json.readTree(empty.run("import-annotations", qdpx.toString(), "--json"));
        assertThat(empty.exit).as(empty.err).isZero();
        assertFields(result, "added:int duplicates:int orphaned:int reportsAdded:int reportsFound:int tagsAdded:int "
                + "memos:int notes:arr");
        assertThat(result.get("added").asInt()).isEqualTo(2);
        assertThat(result.get("reportsAdded").asInt()).isEqualTo(1);
        assertThat(result.get("tagsAdded").asInt()).isEqualTo(2);
        assertThat(result.get("memos").asInt()).isEqualTo(1);
        assertThat(result.get("notes")).isEmpty();
        JsonNode back = json.readTree(empty.run("annotations", "--tag", "制度", "--json"));
        int start = TEXT.codePointCount(0, TEXT.indexOf("河长制"));
        assertThat(back.get(0).get("start").asInt()).isEqualTo(start);
        assertThat(back.get(0).get("note").asText()).isEqualTo("制度创新");
        // said in words: the second line for what a project brings besides annotations
        assertThat(empty.run("import-annotations", qdpx.toString()).trim()).isEqualTo(
                "已导入 0 条批注，2 条已存在，0 条无法定位（保留为孤立批注）。" + System.lineSeparator()
                        + "报告：新导入 0 份，1 份已在文库中；新增 0 个标签；1 条备忘。");
        Path slip = org.policyexplorer.annotate.Qdpx.write(dir.resolve("slip.qdpx"), java.util.Map.of("../evil.txt", "x"));
        empty.run("import-annotations", slip.toString());
        assertThat(empty.exit).isEqualTo(2);
        assertThat(empty.err).contains("“../evil.txt”").contains("没有导入任何内容");
    }
}
