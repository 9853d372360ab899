package org.policyexplorer.annotate;

import org.policyexplorer.annotate.refi.SourceReports;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.ImportResult;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** The importer wired as the application wires it (a project's texts become reports through the library's importer). */
public final class TestImporters {
    private TestImporters() {
    }

    public static AnnotationImporter of(Database db, ReportRepository reports) {
        ReportImporter importer = new ReportImporter(reports);
        SourceReports sources = (name, bytes) -> {
            try {
                ImportResult r = importer.importBytes(bytes, name + ".txt");
                return new SourceReports.Found(reports.load(r.report().id()).orElseThrow(), r.created());
            } catch (ImportRejectedException e) {
                throw new AnnotationException(AnnotationException.Problem.BAD_SOURCE, name);
            }
        };
        return new AnnotationImporter(db, reports, sources);
    }
}
