package org.policyexplorer.app;

import java.nio.file.Path;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationImporter;
import org.policyexplorer.annotate.AnnotationService;
import org.policyexplorer.annotate.MemoService;
import org.policyexplorer.annotate.TagService;
import org.policyexplorer.annotate.refi.SourceReports;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.indicators.IndicatorService;
import org.policyexplorer.indicators.TargetsAcrossReports;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.ImportResult;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.search.SearchIndex;
import org.policyexplorer.search.SearchService;
import org.policyexplorer.trends.DistinctiveTerms;
import org.policyexplorer.trends.TermCounts;
import org.policyexplorer.settings.Settings;
import org.policyexplorer.store.AnnotationRepository;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.LinkRepository;
import org.policyexplorer.store.MemoRepository;
import org.policyexplorer.store.PreferenceRepository;
import org.policyexplorer.store.ReportRepository;
import org.policyexplorer.store.TagRepository;

/**
 * Wiring only: opens the store and builds each service once, by hand, for the window and the command line
 * alike. It hands out services, never a repository or the database: the rules live in the services.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final Messages messages;
    private final LibraryService library;
    private final SearchService search;
    private final SearchIndex searchIndex;
    private final TermCounts terms;
    private final DistinctiveTerms distinctive;
    private final ReportRepository reports;
    private final CompareService compare;
    private final AnnotationService annotations;
    private final AnnotationImporter annotationImporter;
    private final TagService tags;
    private final MemoService memos;
    private final IndicatorService indicators = new IndicatorService();
    private final TargetsAcrossReports targets;
    private final Settings settings;

    /** The damaged store file set aside on opening, or null. */
    private final Path setAside;

    public AppContext(Path databaseFile, Messages messages) {
        this(databaseFile, messages, false);
    }

    /**
     * Opens the store (repairing or setting aside a damaged one) and builds the services on it.
     *
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
        Path indexFolder = SearchIndex.folderFor(databaseFile);
        // opened on first use: the window's first frame does not wait for Lucene
        this.searchIndex = SearchIndex.lazy(indexFolder, readOnly);
        this.reports = new ReportRepository(database, searchIndex);
        this.library = new LibraryService(reports, new org.policyexplorer.library.DerivedIndex() {
            @Override
            public int outOfStep() {
                return searchIndex.outOfStep(reports);
            }

            @Override
            public int bringInStep(Progress progress, java.util.function.BooleanSupplier stop) {
                return searchIndex.reconcile(reports, progress::indexed, stop);
            }

            @Override
            public void compact() {
                searchIndex.compact();
            }
        });
        this.targets = new TargetsAcrossReports(library, indicators);
        this.search = new SearchService(searchIndex);
        this.terms = new TermCounts(library, search);
        this.distinctive = new DistinctiveTerms(library, search);
        this.compare = new CompareService(new LinkRepository(database));
        AnnotationRepository annotationRepository = new AnnotationRepository(database);
        this.annotations = new AnnotationService(annotationRepository);
        TagRepository tagRepository = new TagRepository(database);
        this.tags = new TagService(tagRepository);
        this.memos = new MemoService(new MemoRepository(database), tagRepository);
        this.annotationImporter = new AnnotationImporter(database, reports, this::sourceReport);
        this.settings = new Settings(new PreferenceRepository(database), readOnly);
    }

    public LibraryService library() {
        return library;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public TagService tags() {
        return tags;
    }

    public MemoService memos() {
        return memos;
    }

    /**
     * A REFI-QDA project's text source as a report of the library: the one with the same text, or imported now
     * (the source's name is its title when the text has none of its own).
     */
    private SourceReports.Found sourceReport(String name, byte[] text) throws AnnotationException {
        try {
            ImportResult result = library.importBytes(text, name + ".txt");
            return new SourceReports.Found(library.document(result.report().id()), result.created());
        } catch (ImportRejectedException e) {
            throw new AnnotationException(AnnotationException.Problem.BAD_SOURCE, name);
        }
    }

    public AnnotationImporter annotationImporter() {
        return annotationImporter;
    }

    public CompareService compare() {
        return compare;
    }

    /**
     * How many reports the search index lacks or holds stale: a store from before the index, an index folder
     * deleted or damaged, or a crash between the store's commit and the index's.
     */
    public int indexOutOfStep() {
        return library.indexOutOfStep();
    }

    /** Brings the search index in step with the store (see {@link #indexOutOfStep}), telling progress. */
    public int reconcileIndex(org.policyexplorer.library.DerivedIndex.Progress progress) {
        return library.bringIndexInStep(progress, () -> false);
    }

    /** The 趋势 table: terms counted per report by the search index. */
    public TermCounts terms() {
        return terms;
    }

    public DistinctiveTerms distinctive() {
        return distinctive;
    }

    public SearchService search() {
        return search;
    }

    public IndicatorService indicators() {
        return indicators;
    }

    /** 目标: every report's main targets side by side, and last year's beside what the next report says. */
    public TargetsAcrossReports targets() {
        return targets;
    }

    public Settings settings() {
        return settings;
    }

    public Messages messages() {
        return messages;
    }

    /** Where the store lives, for the about box and messages. */
    public Path storeFile() {
        return database.file();
    }

    /** Whether the store was opened read-only; known from how it was opened, so no query is needed. */
    public boolean readOnly() {
        return database.readOnly();
    }

    /** Where a damaged store was moved when it was found at start, or null. */
    public Path setAside() {
        return setAside;
    }

    @Override
    public void close() {
        search.close();
        searchIndex.close();
        database.close();
    }
}
