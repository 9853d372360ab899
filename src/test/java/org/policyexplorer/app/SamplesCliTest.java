package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("imported", "skipped", "failed", "reports");
        assertThat(first.get("imported").asInt()).isEqualTo(n);
        assertThat(first.get("skipped").asInt()).isZero();
        assertThat(first.get("failed")).isEmpty();
        assertThat(first.get("reports")).hasSize(n);
        JsonNode national = first.get("reports").get(0);
        List<String> reportFields = new ArrayList<>();
        national.fieldNames().forEachRemaining(reportFields::add);
        assertThat(reportFields).containsExactly("id", "file", "title", "place", "year", "level", "created");
        assertThat(national.get("file").asText()).isEqualTo(SampleLibrary.bundled().samples().get(0).file());
        assertThat(national.get("id").isIntegralNumber()).isTrue();
        assertThat(national.get("year").isInt()).isTrue();
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
