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
import org.policyexplorer.TestReports;

/** parts and set-part from the command line: the JSON shape, corrections that stay, bad input. */
class PartsCliTest {
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

    private JsonNode parts() throws Exception {
        return json.readTree(run("parts", "--json")).get("parts");
    }

    @Test
    void partsListRolesYearsConfidenceAndCorrections() throws Exception {
        JsonNode all = json.readTree(run("parts", "--json"));
        JsonShape.assertFields(all, "report:obj parts:arr");
        JsonNode report = all.get("report");
        JsonShape.assertFields(report, "id:int title:str place:str|null year:int|null level:str|null "
                + "outlineUnsure:bool sha256:str");
        all.get("parts").forEach(p -> JsonShape.assertFields(p, "id:int number:str|null title:str|null role:str "
                + "year:int|null confidence:num corrected:bool"));
        assertThat(report.get("level").asText()).isEqualTo("district");
        assertThat(report.get("outlineUnsure").asBoolean()).isFalse();
        JsonNode parts = parts();
        assertThat(parts).extracting(p -> p.get("role").asText())
                .containsExactly("preamble", "review", "plan", "governance");
        assertThat(parts.get(1).get("year").asInt()).isEqualTo(2017);
        assertThat(parts.get(2).get("title").asText()).isEqualTo("2018年工作安排");
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(p.get("corrected").asBoolean()).isFalse();
            assertThat(p.get("id").asLong()).isPositive();
        });
    }

    @Test
    void aCorrectionChangesRolesSearchScopesAndStaysAfterTheSameFileIsImportedAgain() throws Exception {
        long plan = parts().get(2).get("id").asLong();
        String before = run("search", "招商", "--part", "governance", "--json");
        JsonNode said = json.readTree(run("set-part", "--part", Long.toString(plan), "--role", "governance", "--json"));
        assertThat(exit).isZero();
        JsonShape.assertFields(said, "report:int part:int role:str year:null corrected:bool");
        assertThat(said.get("part").asLong()).isEqualTo(plan);
        assertThat(said.get("role").asText()).isEqualTo("governance");
        JsonNode withYear = json.readTree(run("set-part", "--part", Long.toString(plan), "--role", "Plan", "--year",
                "2018", "--json"));
        JsonShape.assertFields(withYear, "report:int part:int role:str year:int corrected:bool");
        // any case is accepted, and the role is given back as its key
        assertThat(withYear.get("role").asText()).isEqualTo("plan");
        run("set-part", "--part", Long.toString(plan), "--role", "governance");
        JsonNode corrected = parts().get(2);
        assertThat(corrected.get("role").asText()).isEqualTo("governance");
        assertThat(corrected.has("year") && !corrected.get("year").isNull()).isFalse();
        assertThat(corrected.get("corrected").asBoolean()).isTrue();
        // the plan's hits are now in the governance scope
        int governanceBefore = json.readTree(before).get("total").asInt();
        int governanceAfter = json.readTree(run("search", "招商", "--part", "governance", "--json")).get("total").asInt();
        int planAfter = json.readTree(run("search", "招商", "--part", "plan", "--json")).get("total").asInt();
        assertThat(governanceAfter).isGreaterThan(governanceBefore);
        assertThat(planAfter).isZero();

        // the same text imported again (from another encoding) is the same report, corrections and all
        Path gbk = dir.resolve("seed-gbk.txt");
        Files.write(gbk, TestReports.seed().getBytes(java.nio.charset.Charset.forName("GB18030")));
        JsonNode imported = json.readTree(run("import", gbk.toString(), "--json"));
        assertThat(imported.get("created").asBoolean()).isFalse();
        assertThat(parts().get(2).get("role").asText()).isEqualTo("governance");
    }

    @Test
    void badPartsAndRolesAreRefusedWithAMessage() throws Exception {
        run("set-part", "--part", "999999", "--role", "plan");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("999999").contains("parts");
        long review = parts().get(1).get("id").asLong();
        run("set-part", "--part", Long.toString(review), "--role", "preamble");
        assertThat(exit).isNotZero();
        assertThat(parts().get(1).get("role").asText()).isEqualTo("review");
        long chapter = json.readTree(run("tree", "--json")).at("/sections/1/children/1/id").asLong();
        run("set-part", "--part", Long.toString(chapter), "--role", "plan");
        assertThat(exit).isEqualTo(2);
        run("parts", "--report", "999");
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("没有编号为 999 的报告");
    }

    @Test
    void checkOutlinePrintsJsonPerReport() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), TestReports.seed(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("expected.json"), "{\"a.txt\": {\"place\": \"通州区\", \"year\": 2018, "
                + "\"level\": \"district\", \"parts\": [{\"role\": \"review\", \"year\": 2017}, "
                + "{\"role\": \"plan\", \"year\": 2018}, {\"role\": \"plan\"}]}, "
                + "\"missing.txt\": {\"place\": \"x\", \"year\": 2018, \"level\": \"city\", \"parts\": []}}",
                StandardCharsets.UTF_8);
        JsonNode check = json.readTree(run("check-outline", corpus.toString(), "--expected",
                dir.resolve("expected.json").toString(), "--json"));
        assertThat(exit).isZero();
        assertThat(check.get("total").asInt()).isEqualTo(2);
        assertThat(check.get("right").asInt()).isZero();
        JsonNode seed = check.get("reports").get(0);
        assertThat(seed.get("file").asText()).isEqualTo("a.txt");
        // the third part is the government's own work, not a plan: exactly one difference
        assertThat(seed.get("differences")).hasSize(1);
        assertThat(seed.get("differences").get(0).asText()).contains("part 3").contains("governance");
        assertThat(check.get("reports").get(1).get("differences").get(0).asText()).contains("missing");
    }

    @Test
    void checkOutlineSaysWhichFolderOrLabelsFileIsNotThere() throws Exception {
        Path labels = TestReports.path("/labelled/expected.json");
        run("check-outline", dir.resolve("no-such-folder").toString(), "--expected", labels.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("找不到").contains("no-such-folder").doesNotContain("Exception");
        Path corpus = TestReports.path("/corpus");
        run("check-outline", corpus.toString(), "--expected", dir.resolve("labels.json").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("找不到").contains("labels.json");
        Path notJson = Files.writeString(dir.resolve("labels.txt"), "place: 通州区", StandardCharsets.UTF_8);
        run("check-outline", corpus.toString(), "--expected", notJson.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("无法读取").contains("labels.txt");
        run("check-outline", corpus.toString());
        assertThat(exit).as("--expected is required").isEqualTo(2);
    }
}
