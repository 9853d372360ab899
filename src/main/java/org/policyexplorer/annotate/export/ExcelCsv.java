package org.policyexplorer.annotate.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policyexplorer.annotate.AnnotationException;

/**
 * CSV for Excel, the one way every table is written: UTF-8 with a BOM (so Excel shows the Chinese), Excel's
 * dialect, the file whole or not at all ({@link SafeFile}).
 */
public final class ExcelCsv {
    /** What prints the records. */
    @FunctionalInterface
    public interface Records {
        void printTo(CSVPrinter csv) throws IOException;
    }

    private ExcelCsv() {
    }

    public static void write(Path target, Records records) throws AnnotationException {
        SafeFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            records.printTo(csv);
            csv.flush();
            writer.flush();
        });
    }

    /**
     * A header and rows: text cells go through {@link CsvExport#cell}, so none runs as a formula; numbers are
     * written as numbers (a negative one is a value to Excel, not a formula); null is an empty cell.
     */
    public static void write(Path target, List<String> header, List<List<Object>> rows) throws AnnotationException {
        write(target, csv -> {
            csv.printRecord(header.stream().map(CsvExport::cell).toList());
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(c -> c == null ? "" : c instanceof Number ? c
                        : CsvExport.cell(c.toString())).toList());
            }
        });
    }
}
