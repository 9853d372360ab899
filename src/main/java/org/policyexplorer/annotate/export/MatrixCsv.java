package org.policyexplorer.annotate.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.CodeMatrix;

/** The code × report matrix as CSV for Excel (BOM, formula-safe cells): a row per code, a column per report. */
public final class MatrixCsv {
    private MatrixCsv() {
    }

    public static void write(Path target, CodeMatrix matrix, String codeHeader, String totalHeader)
            throws AnnotationException {
        ExcelCsv.write(target, csv -> {
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
        });
    }
}
