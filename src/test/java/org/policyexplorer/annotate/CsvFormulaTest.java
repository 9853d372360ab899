package org.policyexplorer.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.domain.ReportDocument;

/**
 * The CSV opened in Excel runs nothing (CWE-1236): a cell starting with = + - @ (or TAB, CR) is written with a
 * leading apostrophe, which Excel shows as text; other cells are as they are. Read back with a CSV parser as a
 * stand-in for Excel.
 */
class CsvFormulaTest {
    @TempDir
    Path dir;

    @Test
    void cellsThatExcelWouldRunAreWrittenAsText() throws Exception {
        try (QdaStore store = new QdaStore(dir.resolve("c.db"))) {
            ReportDocument doc = store.importText(TestReports.corpus("report_hailar_2018.txt"), "hailar.txt");
            store.context.annotations().createByQuote(doc, "河长制", 1, "=SUM(1+1)", List.of("@待核实", "生态"), null);
            store.context.annotations().createByQuote(doc, "采砂", 1, "+1 并非公式", List.of("-负面"), null);
            store.context.annotations().createByQuote(doc, "棚户区", 1, "普通的批注 =不在开头", List.of("城建"), null);
            store.context.tags().move("生态", "@待核实");
            Path csv = store.export(AnnotationExports.Format.CSV, dir.resolve("a.csv"));
            String content = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
            try (CSVParser parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(content))) {
                List<CSVRecord> rows = parser.getRecords();
                assertThat(parser.getHeaderNames()).endsWith("tag paths");
                CSVRecord river = rows.stream().filter(r -> r.get("quote").equals("河长制")).findFirst().orElseThrow();
                assertThat(river.get("note")).isEqualTo("'=SUM(1+1)");
                assertThat(river.get("tags")).isEqualTo("'@待核实; 生态");
                assertThat(river.get("tag paths")).isEqualTo("'@待核实; @待核实 › 生态");
                CSVRecord sand = rows.stream().filter(r -> r.get("quote").equals("采砂")).findFirst().orElseThrow();
                assertThat(sand.get("note")).isEqualTo("'+1 并非公式");
                assertThat(sand.get("tags")).isEqualTo("'-负面");
                CSVRecord plain = rows.stream().filter(r -> r.get("quote").equals("棚户区")).findFirst().orElseThrow();
                assertThat(plain.get("note")).isEqualTo("普通的批注 =不在开头");
                assertThat(plain.get("tags")).isEqualTo("城建");
                // no text cell of the file starts with what Excel runs
                for (CSVRecord row : rows) {
                    for (String cell : row) {
                        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                                .doesNotStartWith("-");
                    }
                }
            }
        }
    }
}
