package org.policyexplorer.app;

import java.nio.file.Path;
import org.policyexplorer.annotate.AnnotationImporter;
import org.policyexplorer.annotate.AnnotationService;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.library.OutlineCorrections;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.library.ReportVersions;
import org.policyexplorer.library.SeedReport;
import org.policyexplorer.search.SearchIndex;
import org.policyexplorer.search.SearchService;
import org.policyexplorer.store.AnnotationRepository;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.LinkRepository;
import org.policyexplorer.store.PreferenceRepository;
import org.policyexplorer.store.ReportRepository;

/** Builds the services once, by hand, for the window and the command line alike. */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final ReportRepository reports;
    private final PreferenceRepository preferences;
    private final ReportImporter importer;
    private final SeedReport seed;
    private final Messages messages;
    private final SearchService search;
    private final CompareService compare;
    private final AnnotationService annotations;
    private final AnnotationImporter annotationImporter;
    private final OutlineCorrections outlineCorrections;
    private final ReportVersions versions;

    /** The damaged store file set aside on opening, or null. */
    private final Path setAside;

    public AppContext(Path databaseFile, Messages messages) {
        this(databaseFile, messages, false);
    }

    /**
     * @param readOnly open an existing store for reading only (a second window while another is open)
     */
    public AppContext(Path databaseFile, Messages messages, boolean readOnly) {
        this.messages = messages;
        if (readOnly) {
            this.database = Database.openReadOnly(databaseFile);
            this.setAside = null;
        } else {
            Database.Opened opened = Database.openOrRecover(databaseFile);
            this.database = opened.database();
            this.setAside = opened.setAside();
        }
        SearchIndex searchIndex = new SearchIndex(database);
        this.reports = new ReportRepository(database, searchIndex);
        if (!readOnly) {
            searchIndex.indexMissing(reports);
        }
        this.search = new SearchService(database);
        this.compare = new CompareService(new LinkRepository(database));
        AnnotationRepository annotationRepository = new AnnotationRepository(database);
        this.annotations = new AnnotationService(annotationRepository);
        this.annotationImporter = new AnnotationImporter(reports, annotationRepository);
        this.preferences = new PreferenceRepository(database);
        this.importer = new ReportImporter(reports);
        this.outlineCorrections = new OutlineCorrections(reports);
        this.versions = new ReportVersions(reports);
        this.seed = new SeedReport(reports, importer);
    }

    public Database database() {
        return database;
    }

    public ReportRepository reports() {
        return reports;
    }

    public PreferenceRepository preferences() {
        return preferences;
    }

    public ReportImporter importer() {
        return importer;
    }

    public SeedReport seed() {
        return seed;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public AnnotationImporter annotationImporter() {
        return annotationImporter;
    }

    /** Where a damaged store was moved when it was found at start, or null. */
    public Path setAside() {
        return setAside;
    }

    public ReportVersions versions() {
        return versions;
    }

    public OutlineCorrections outlineCorrections() {
        return outlineCorrections;
    }

    public CompareService compare() {
        return compare;
    }

    public SearchService search() {
        return search;
    }

    public Messages messages() {
        return messages;
    }

    @Override
    public void close() {
        database.close();
    }
}
