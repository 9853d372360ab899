package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data actions the window has, from the command line: correct a report, delete and restore it, edit and
 * delete annotations, rename, merge and delete tags — JSON shapes, exit codes and messages on bad input.
 */
class CliDataActionsTest {
    /** A report with a character outside the BMP before the annotated passage: offsets count code points. */
    private static final String REPORT = "某某县2031年政府工作报告\n——2031年1月9日在某某县第十届人民代表大会第一次会议上\n"
            + "各位代表：\n一、2030年工作回顾\n𠀀字号企业扩大生产，河长制全面推行，新增就业1000人。\n"
            + "二、2031年工作安排\n要深化河长制，新增就业1200人。";
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private CliRun cli;
    private int exit;
    private String err;

    private String run(String... args) {
        if (cli == null) {
            cli = new CliRun(dir.resolve("cli.db"), "zh");
        }
        String out = cli.run(args);
        exit = cli.exit;
        err = cli.err;
        return out;
    }

    private long importReport() throws Exception {
        Path file = dir.resolve("county.txt");
        Files.writeString(file, REPORT, StandardCharsets.UTF_8);
        return json.readTree(run("import", file.toString(), "--json")).get("id").asLong();
    }

    /** The fields of an annotation in annotate, annotations and edit-annotation: offsets in code points. */
    static final String ANNOTATION = "id:int report:int start:int end:int exact:str prefix:str suffix:str note:str "
            + "tags:arr color:str|null status:str path:arr";

    @Test
    void annotateAndAnnotationsPrintTheDocumentedShapeWithCodePointOffsets() throws Exception {
        long report = importReport();
        JsonNode a = json.readTree(run("annotate", "--report", Long.toString(report), "--quote", "新增就业",
                "--occurrence", "2", "--note", "目标", "--tags", "就业,民生", "--color", "#81c784", "--json"));
        assertThat(exit).isZero();
        JsonShape.assertFields(a, ANNOTATION);
        // the second 新增就业 is in the plan, after the character outside the BMP
        int second = REPORT.indexOf("新增就业", REPORT.indexOf("新增就业") + 1);
        assertThat(a.get("start").asInt()).isEqualTo(REPORT.codePointCount(0, second)).isEqualTo(second - 1);
        assertThat(a.get("end").asInt()).isEqualTo(a.get("start").asInt() + 4);
        assertThat(a.get("exact").asText()).isEqualTo("新增就业");
        assertThat(a.get("prefix").asText()).endsWith("要深化河长制，");
        assertThat(a.get("suffix").asText()).startsWith("1200人");
        assertThat(a.get("report").asLong()).isEqualTo(report);
        assertThat(a.get("status").asText()).isEqualTo("anchored");
        assertThat(a.get("color").asText()).isEqualTo("#81c784");
        assertThat(a.get("path")).extracting(JsonNode::asText).containsExactly("2031年工作安排");
        run("annotate", "--report", Long.toString(report), "--quote", "河长制", "--tags", "生态");
        JsonNode employment = json.readTree(run("annotations", "--tag", "就业", "--json"));
        assertThat(employment).hasSize(1);
        JsonShape.assertFields(employment.get(0), ANNOTATION);
        assertThat(employment.get(0)).isEqualTo(a);
        JsonNode all = json.readTree(run("annotations", "--report", Long.toString(report), "--json"));
        // in text order: 河长制 (in the review) before the plan's 新增就业
        assertThat(all).extracting(n -> n.get("exact").asText()).containsExactly("河长制", "新增就业");
        assertThat(all.get(0).get("start").asInt()).isEqualTo(REPORT.codePointCount(0, REPORT.indexOf("河长制")));
    }

    @Test
    void annotatingWhatIsNotThereOrListingAnUnknownReportExitsWithAMessage() throws Exception {
        long report = importReport();
        run("annotate", "--report", Long.toString(report), "--quote", "高铁");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("报告中没有“高铁”");
        run("annotate", "--report", Long.toString(report), "--quote", "河长制", "--occurrence", "3");
        assertThat(exit).isEqualTo(2); // 河长制 occurs twice
        run("annotate", "--report", Long.toString(report));
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("--quote");
        run("annotations", "--report", "999");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("没有编号为 999 的报告");
        assertThat(json.readTree(run("annotations", "--json"))).isEmpty();
    }

    @Test
    void aReportsTitlePlaceYearAndLevelAreCorrectedAndWhatIsNotGivenStays() throws Exception {
        long id = importReport();
        JsonNode r = json.readTree(run("set-report", "--report", Long.toString(id), "--place", "某某市某某县",
                "--level", "county", "--json"));
        assertThat(exit).isZero();
        JsonShape.assertFields(r, "id:int title:str place:str|null year:int|null level:str|null outlineUnsure:bool "
                + "sha256:str sourceName:str sourceEncoding:str sourceFormat:str length:int importedAt:str");
        assertThat(r.get("title").asText()).isEqualTo("某某县2031年政府工作报告");
        run("set-report", "--report", "999", "--place", "x");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("没有编号为 999 的报告");
        assertThat(r.get("place").asText()).isEqualTo("某某市某某县");
        assertThat(r.get("year").asInt()).isEqualTo(2031);
        assertThat(r.get("level").asText()).isEqualTo("county");
        // any case, as the other enum options
        assertThat(json.readTree(run("set-report", "--report", Long.toString(id), "--level", "City", "--json"))
                .get("level").asText()).isEqualTo("city");
        run("set-report", "--report", Long.toString(id), "--level", "shire");
        assertThat(exit).isNotZero();
        assertThat(err).contains("shire");
    }

    @Test
    void aDeletedReportLeavesTheListAndComesBackWithUndo() throws Exception {
        long id = importReport();
        JsonNode deleted = json.readTree(run("delete-report", "--report", Long.toString(id), "--json"));
        JsonShape.assertFields(deleted, "report:int deleted:bool");
        assertThat(deleted.get("report").asLong()).isEqualTo(id);
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(json.readTree(run("reports", "--json"))).noneMatch(r -> r.get("id").asLong() == id);
        // its index rows are gone: a word only it has is found nowhere (listing an empty library brings the seed)
        assertThat(json.readTree(run("search", "字号企业", "--all", "--json")).get("total").asInt()).isZero();
        JsonNode restored = json.readTree(run("delete-report", "--report", Long.toString(id), "--undo", "--json"));
        assertThat(exit).isZero();
        JsonShape.assertFields(restored, "report:int deleted:bool");
        assertThat(restored.get("deleted").asBoolean()).isFalse();
        run("delete-report", "--report", Long.toString(id), "--undo");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("报告 " + id + " 不在已删除的报告中");
        assertThat(json.readTree(run("reports", "--json"))).anyMatch(r -> r.get("id").asLong() == id);
        assertThat(json.readTree(run("search", "河长制", "--report", Long.toString(id), "--json")).get("total").asInt())
                .isEqualTo(2);
        run("delete-report", "--report", "999");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("999");
    }

    @Test
    void annotationsAreEditedDeletedAndRestoredWithCodePointOffsets() throws Exception {
        long report = importReport();
        JsonNode a = json.readTree(run("annotate", "--report", Long.toString(report), "--quote", "河长制",
                "--note", "制度", "--tags", "生态", "--json"));
        long id = a.get("id").asLong();
        String text = REPORT.replace("\n", "\n");
        int expectedStart = text.codePointCount(0, text.indexOf("河长制"));
        JsonNode edited = json.readTree(run("edit-annotation", "--id", Long.toString(id), "--tags", "生态,制度创新",
                "--json"));
        assertThat(exit).isZero();
        JsonShape.assertFields(edited, ANNOTATION);
        assertThat(edited.get("id").asLong()).isEqualTo(id);
        assertThat(edited.get("note").asText()).isEqualTo("制度"); // not given: kept
        assertThat(edited.get("tags")).extracting(JsonNode::asText).containsExactlyInAnyOrder("生态", "制度创新");
        assertThat(edited.get("start").asInt()).isEqualTo(expectedStart);
        assertThat(edited.get("end").asInt()).isEqualTo(expectedStart + 3);

        JsonNode deleted = json.readTree(run("delete-annotation", "--id", Long.toString(id), "--json"));
        assertThat(exit).isZero();
        JsonShape.assertFields(deleted, "id:int deleted:bool");
        assertThat(deleted.get("id").asLong()).isEqualTo(id);
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(json.readTree(run("annotations", "--json"))).isEmpty();
        JsonNode restored = json.readTree(run("delete-annotation", "--id", Long.toString(id), "--undo", "--json"));
        assertThat(restored.get("deleted").asBoolean()).isFalse();
        assertThat(json.readTree(run("annotations", "--json"))).hasSize(1);
        run("delete-annotation", "--id", "12345");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("没有编号为 12345 的批注");
        run("edit-annotation", "--id", "12345", "--note", "x");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("12345");
    }

    @Test
    void tagsAreRenamedMergedAndDeleted() throws Exception {
        long report = importReport();
        run("annotate", "--report", Long.toString(report), "--quote", "河长制", "--tags", "生态");
        run("annotate", "--report", Long.toString(report), "--quote", "新增就业", "--tags", "就业,民生");
        JsonNode renamed = json.readTree(run("tag", "生态", "--rename-to", "生态环境", "--json"));
        // the tags are the keys: a map from each tag to how many annotations carry it
        JsonShape.assertFields(renamed, "tags:obj");
        JsonShape.assertFieldsAnyOrder(renamed.get("tags"), "生态环境:int 就业:int 民生:int");
        assertThat(renamed.get("tags").get("生态环境").asInt()).isEqualTo(1);
        assertThat(renamed.get("tags").has("生态环境")).isTrue();
        assertThat(renamed.get("tags").has("生态")).isFalse();
        JsonNode merged = json.readTree(run("tag", "就业", "--rename-to", "民生", "--json"));
        assertThat(merged.get("tags").get("民生").asInt()).isEqualTo(1);
        assertThat(merged.get("tags").has("就业")).isFalse();
        JsonNode deleted = json.readTree(run("tag", "民生", "--delete", "--json"));
        assertThat(deleted.get("tags").has("民生")).isFalse();
        assertThat(json.readTree(run("annotations", "--json"))).hasSize(2); // the annotations stay
        run("tag", "没有这个", "--delete");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("没有名为“没有这个”的标签");
        run("tag", "生态环境");
        assertThat(exit).isNotZero(); // one of --rename-to and --delete is required
    }

    @Test
    void importingACorrectedEditionNamesTheReportItIsANewVersionOf() throws Exception {
        long first = importReport();
        Path revised = dir.resolve("county-revised.txt");
        Files.writeString(revised, REPORT.replace("新增就业1000人", "新增就业1050人"), StandardCharsets.UTF_8);
        JsonNode imported = json.readTree(run("import", revised.toString(), "--json"));
        assertThat(imported.get("created").asBoolean()).isTrue();
        assertThat(imported.get("newVersionOf").asLong()).isEqualTo(first);
        JsonNode again = json.readTree(run("import", revised.toString(), "--json"));
        assertThat(again.get("created").asBoolean()).isFalse();
        assertThat(again.get("newVersionOf").isNull()).isTrue();
    }

    @Test
    void annotationsMoveToANewVersionAndTheImportSaysHowManyWerePlaced() throws Exception {
        long first = importReport();
        run("annotate", "--report", Long.toString(first), "--quote", "河长制全面推行");
        run("annotate", "--report", Long.toString(first), "--quote", "新增就业1000人");
        Path revised = dir.resolve("county-revised.txt");
        // the second passage is gone from the new version, and so is the plan's near twin of it (新增就业1200人
        // would be a fair fuzzy match); the first is still there, a little further on
        String text = REPORT.replace("新增就业1000人", "城镇化率提高2个百分点").replace("新增就业1200人", "稳定就业岗位")
                .replace("企业扩大生产", "企业大幅扩大生产");
        Files.writeString(revised, text, StandardCharsets.UTF_8);
        JsonNode imported = json.readTree(run("import", revised.toString(), "--new-version-of", Long.toString(first),
                "--json"));
        assertThat(exit).isZero();
        JsonShape.assertFields(imported, "id:int created:bool structured:bool report:obj sourceFormat:str newVersionOf:int "
                + "annotationsPlaced:int annotationsOrphaned:int");
        assertThat(imported.get("annotationsPlaced").asInt()).isEqualTo(1);
        assertThat(imported.get("annotationsOrphaned").asInt()).isEqualTo(1);
        assertThat(err).contains("已有 1 条批注定位到新版本，1 条无法定位");
        JsonNode moved = json.readTree(run("annotations", "--report", imported.get("id").asText(), "--json"));
        JsonNode river = moved.get(0).get("exact").asText().equals("河长制全面推行") ? moved.get(0) : moved.get(1);
        assertThat(river.get("start").asInt()).isEqualTo(text.codePointCount(0, text.indexOf("河长制全面推行")));
        run("import", revised.toString(), "--new-version-of", "999");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("没有编号为 999 的报告");
        run("import", dir.resolve("missing.txt").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("missing.txt");
    }
}
