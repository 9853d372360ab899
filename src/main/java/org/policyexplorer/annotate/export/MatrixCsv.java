package org.policyexplorer.annotate.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.CodeMatrix;

/** The code × report matrix as CSV for Excel (BOM, formula-safe cells): a row per code, a column per report. */
public final class MatrixCsv {
    private MatrixCsv() {
    }

    public static void write(Path target, CodeMatrix matrix, String codeHeader, String totalHeader)
            throws AnnotationException {
        SafeFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            List<Object> header = new ArrayList<>();
            header.add(CsvExport.cell(codeHeader));
            matrix.reports().forEach(c -> header.add(CsvExport.cell(c.title())));
            header.add(CsvExport.cell(totalHeader));
            csv.printRecord(header);
            for (CodeMatrix.Row row : matrix.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(CsvExport.cell(row.path()));
                cells.addAll(row.counts());
                cells.add(row.total());
                csv.printRecord(cells);
            }
            csv.flush();
            writer.flush();
        });
    }
}
