package org.policyexplorer.annotate.export;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationPaths;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.Codebook;

/**
 * Annotations as CSV for Excel: UTF-8 with a BOM (so Excel shows the Chinese), one row per annotation; the last
 * column gives each tag's path (生态 › 河长制). Text cells go through {@link #cell}, so none is run as a formula.
 */
public final class CsvExport {
    public static final List<String> HEADER = List.of("report", "section", "quote", "note", "tags", "start", "end",
            "status", "created", "tag paths");

    private CsvExport() {
    }

    public static void write(Path target, List<ReportAnnotations> reports, Codebook codebook)
            throws AnnotationException {
        ExcelCsv.write(target, csv -> {
            csv.printRecord(HEADER);
            for (ReportAnnotations r : reports) {
                CodePointOffsets offsets = r.offsets();
                for (Annotation a : r.annotations()) {
                    csv.printRecord(cell(r.document().report().title()),
                            cell(String.join(" › ", AnnotationPaths.of(r.document(), a))), cell(a.exact()),
                            cell(a.note()), cell(String.join("; ", a.tags())), offsets.toCodePoints(a.start()),
                            offsets.toCodePoints(a.end()), a.status().key(), a.created().toString(),
                            cell(a.tags().stream().map(codebook::pathText).collect(Collectors.joining("; "))));
                }
            }
        });
    }

    /**
     * A text cell Excel will show, not run: one starting with {@code = + - @} (or TAB or CR, which Excel skips
     * before looking) is a formula to it (CWE-1236), so it gets a leading apostrophe, as OWASP advises; Excel
     * shows the text after it.
     */
    public static String cell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
