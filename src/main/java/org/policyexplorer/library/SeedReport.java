package org.policyexplorer.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.policyexplorer.domain.Report;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.store.ReportRepository;

/** The report the application ships with (通州区 2018), imported into an empty store on first start. */
public final class SeedReport {
    public static final String RESOURCE = "/seeds/tongzhou-2018-government-work-report.txt";
    private static final String SOURCE_NAME = "tongzhou-2018-government-work-report.txt";

    private final ReportRepository reports;
    private final ReportImporter importer;

    public SeedReport(ReportRepository reports, ReportImporter importer) {
        this.reports = reports;
        this.importer = importer;
    }

    /** The most recent report; when the store is empty, the bundled one, imported now. */
    public Report latestOrSeed() {
        return reports.latest().orElseGet(this::importSeed);
    }

    private Report importSeed() {
        try (InputStream in = SeedReport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled report missing from the build: " + RESOURCE);
            }
            return importer.importStream(in, SOURCE_NAME).report();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportRejectedException e) {
            throw new IllegalStateException("bundled report rejected: " + e.getMessage(), e);
        }
    }
}
