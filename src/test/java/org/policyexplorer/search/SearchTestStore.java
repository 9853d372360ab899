package org.policyexplorer.search;

import java.nio.file.Path;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** A temp store with the seed and the corpus imported and indexed, as the application does it. */
final class SearchTestStore implements AutoCloseable {
    final Database db;
    final SearchIndex index;
    final ReportRepository reports;
    final SearchService search;
    final ReportImporter importer;

    SearchTestStore(Path file) {
        db = Database.open(file);
        index = SearchIndex.open(SearchIndex.folderFor(file));
        reports = new ReportRepository(db, index);
        search = new SearchService(index);
        importer = new ReportImporter(reports);
    }

    ReportDocument importResource(String resource, String name) {
        try {
            long id = importer.importBytes(TestReports.bytes(resource), name).report().id();
            return reports.load(id).orElseThrow();
        } catch (ImportRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        index.close();
        db.close();
    }
}
