package org.policyexplorer.annotate.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationPaths;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;

/** Annotations as CSV for Excel: UTF-8 with a BOM (so Excel shows the Chinese), one row per annotation. */
public final class CsvExport {
    public static final List<String> HEADER = List.of("report", "section", "quote", "note", "tags", "start", "end",
            "status", "created");

    private CsvExport() {
    }

    public static void write(Path target, List<ReportAnnotations> reports) throws AnnotationException {
        SafeFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            csv.printRecord(HEADER);
            for (ReportAnnotations r : reports) {
                CodePointOffsets offsets = r.offsets();
                for (Annotation a : r.annotations()) {
                    csv.printRecord(r.document().report().title(),
                            String.join(" › ", AnnotationPaths.of(r.document(), a)), a.exact(), a.note(),
                            String.join("; ", a.tags()), offsets.toCodePoints(a.start()), offsets.toCodePoints(a.end()),
                            a.status().key(), a.created().toString());
                }
            }
            csv.flush();
            writer.flush();
        });
    }
}
