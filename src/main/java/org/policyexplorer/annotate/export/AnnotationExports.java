package org.policyexplorer.annotate.export;

import java.nio.file.Path;
import java.util.List;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.domain.Codebook;

/**
 * The one way annotations leave the application, for the window's menu and the {@code export} command alike:
 * CSV for Excel, Markdown, W3C Web Annotations, and a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA and QualCoder.
 * Every format is written whole or not at all.
 */
public final class AnnotationExports {
    /** The formats, by the names the command line and the menu use. */
    public enum Format {
        CSV("csv"), MD("md"), W3C("jsonld"), QDPX("qdpx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The file name ending a saved export gets. */
        public String extension() {
            return extension;
        }
    }

    /**
     * Words the exports need in the user's language: the heading of passages no longer found, the project's name
     * when it holds several reports, and the Markdown headings of a report's memo and of the codes.
     */
    public record Labels(String orphanedHeading, String libraryName, String memoHeading, String codesHeading) {
    }

    private AnnotationExports() {
    }

    /**
     * Writes the annotations of these reports, their tags as the codebook has them (nested, coloured, with
     * memos) and the reports' memos. A REFI-QDA project is named after its report when it holds one,
     * else after the library, so the same export is named the same from the window and the command line.
     */
    public static void write(Format format, Path target, List<ReportAnnotations> reports, Codebook codebook,
                             Labels labels) throws AnnotationException {
        switch (format) {
            case CSV -> CsvExport.write(target, reports, codebook);
            case MD -> MarkdownExport.write(target, reports, codebook, labels);
            case W3C -> W3cAnnotations.write(target, reports, codebook);
            case QDPX -> QdpxExport.write(target, reports, codebook, projectName(reports, labels));
            default -> throw new IllegalStateException(format.toString());
        }
    }

    static String projectName(List<ReportAnnotations> reports, Labels labels) {
        return reports.size() == 1 ? reports.get(0).document().report().title() : labels.libraryName();
    }
}
