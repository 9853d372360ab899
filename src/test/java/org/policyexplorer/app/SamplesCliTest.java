package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.app.JsonShape.assertFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.library.SampleLibrary;

/** {@code import-samples}: the bundled sample library in one go; run again, it adds nothing. */
class SamplesCliTest {
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void importSamplesTwiceImportsEachOnceAndPrintsItsSummary() throws Exception {
        CliRun cli = new CliRun(dir.resolve("cli.db"), "en");
        int n = SampleLibrary.bundled().samples().size();
        JsonNode first = json.readTree(cli.run("import-samples", "--json"));
        assertThat(cli.exit).isZero();
        assertFields(first, "imported:int skipped:int failed:arr reports:arr");
        assertThat(first.get("imported").asInt()).isEqualTo(n);
        assertThat(first.get("skipped").asInt()).isZero();
        assertThat(first.get("failed")).isEmpty();
        assertThat(first.get("reports")).hasSize(n);
        JsonNode national = first.get("reports").get(0);
        assertFields(national, "id:int file:str title:str place:str year:int level:str created:bool");
        assertThat(national.get("file").asText()).isEqualTo(SampleLibrary.bundled().samples().get(0).file());
        assertThat(national.get("created").asBoolean()).isTrue();
        assertThat(first.get("reports").findValuesAsText("level")).contains("national", "province", "city",
                "district", "county");

        JsonNode second = json.readTree(cli.run("import-samples", "--json"));
        assertThat(second.get("imported").asInt()).isZero();
        assertThat(second.get("skipped").asInt()).isEqualTo(n);
        assertThat(second.get("reports").findValuesAsText("id")).isEqualTo(first.get("reports").findValuesAsText("id"));
        assertThat(second.get("reports").findValuesAsText("created")).containsOnly("false");
        assertThat(json.readTree(cli.run("reports", "--json"))).as("nothing doubled").hasSize(n);

        assertThat(cli.run("import-samples").strip()).isEqualTo("Sample library: 0 reports imported, " + n
                + " already in the library, 0 could not be imported.");
        assertThat(new CliRun(dir.resolve("cli.db"), "zh").run("import-samples").strip())
                .isEqualTo("示例文库：导入 0 份报告，" + n + " 份已在文库中，0 份未能导入。");
    }
}
