package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;

/** {@code import} takes Word and PDF files as it takes text, says which format it read, and refuses in words. */
class CliFormatsTest {
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private String err;
    private int exit;

    private String run(String lang, String... args) {
        StringWriter out = new StringWriter();
        StringWriter errors = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("cli.db").toString(), "--lang", lang));
        all.addAll(List.of(args));
        exit = Launcher.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(errors),
                options -> { throw new AssertionError("no window from the CLI"); });
        err = errors.toString();
        return out.toString();
    }

    private Path fixture(String name) throws Exception {
        return Files.write(dir.resolve(name), TestReports.bytes("/formats/" + name));
    }

    @Test
    void wordAndPdfImportAndNameTheirFormat() throws Exception {
        JsonNode docx = json.readTree(run("en", "import", fixture("report_national_1985.docx").toString(), "--json"));
        assertThat(exit).isZero();
        assertThat(docx.get("sourceFormat").asText()).isEqualTo("docx");
        assertThat(docx.at("/report/place").asText()).isEqualTo("全国");
        JsonNode pdf = json.readTree(run("en", "import", fixture("report_jiangxi_2026.pdf").toString(), "--json"));
        assertThat(pdf.get("sourceFormat").asText()).isEqualTo("pdf");
        assertThat(pdf.at("/report/place").asText()).isEqualTo("江西省");
        JsonNode listed = json.readTree(run("en", "reports", "--json"));
        assertThat(listed).extracting(r -> r.get("sourceFormat").asText()).containsExactly("docx", "pdf");
        assertThat(listed).extracting(r -> r.get("sourceEncoding").asText()).containsExactly("DOCX", "PDF");
        assertThat(err).isEmpty();
    }

    @Test
    void aScanIsRefusedInTheUsersLanguageAndNothingIsStored() throws Exception {
        JsonNode before = json.readTree(run("en", "reports", "--json")); // an empty store takes the seed first
        run("zh", "import", fixture("scanned.pdf").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err).contains("scanned.pdf", "扫描", "OCR").doesNotContain("Exception", "WARNING");
        assertThat(json.readTree(run("en", "reports", "--json"))).isEqualTo(before).hasSize(1);
    }
}
