package org.policyexplorer.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyexplorer.domain.OutlinePart;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.store.ReportFacets;
import org.policyexplorer.store.ReportRepository;

/**
 * The library's rules in one place, for the window and the command line alike: which reports there are,
 * importing (with new-version detection), deleting and bringing back, correcting a report's place, year, level
 * and part roles, and the plan–review pairs of one place in consecutive years.
 */
public final class LibraryService {
    /** A report as the library lists it, with how many sections and live annotations it has. */
    public record Entry(Report report, int sections, int annotations) {
    }

    /**
     * One imported file: what the import did, the report as stored, and — when it is new and has the title,
     * place and year of a report already here — that earlier version, whose annotations may move to it.
     */
    public record Imported(ImportResult result, ReportDocument document, Report earlierVersion) {
    }

    private final ReportRepository reports;
    private final ReportImporter importer;
    private final ReportVersions versions;
    private final OutlineCorrections corrections;
    private final SeedReport seed;
    private final DerivedIndex index;

    public LibraryService(ReportRepository reports) {
        this(reports, DerivedIndex.NONE);
    }

    /** With the index derived from the reports, which {@link #bringIndexInStep} keeps in step. */
    public LibraryService(ReportRepository reports, DerivedIndex index) {
        this.index = index;
        this.reports = reports;
        this.importer = new ReportImporter(reports);
        this.versions = new ReportVersions(reports);
        this.corrections = new OutlineCorrections(reports);
        this.seed = new SeedReport(reports, importer);
    }

    public List<Report> list() {
        return reports.list();
    }

    /** How many reports the search index lacks or holds stale (see {@link DerivedIndex}). */
    public int indexOutOfStep() {
        return index.outOfStep();
    }

    /** Brings the search index in step with the store, with progress; see {@link DerivedIndex#bringInStep}. */
    public int bringIndexInStep(DerivedIndex.Progress progress, java.util.function.BooleanSupplier stop) {
        return index.bringInStep(progress, stop);
    }

    /** The reports the facets keep, in the order imported; the store reads only those. */
    public List<Report> list(ReportFilter filter) {
        return filter.isAll() ? reports.list() : reports.list(facets(filter));
    }

    /** The ids of the reports the facets keep, in the order imported: what search, 趋势 and 目标 run over. */
    public List<Long> reportIds(ReportFilter filter) {
        return reports.ids(facets(filter));
    }

    private static ReportFacets facets(ReportFilter f) {
        return new ReportFacets(f.levels(), f.places(), f.years(), f.unknownLevel(), f.unknownPlace(),
                f.unknownYear());
    }

    /** Every report with its counts, in the order imported. */
    public List<Entry> entries() {
        return entries(ReportFilter.all());
    }

    /** The reports the facets keep, with their counts, in the order imported. */
    public List<Entry> entries(ReportFilter filter) {
        Map<Long, int[]> counts = reports.counts();
        List<Entry> entries = new ArrayList<>();
        for (Report r : list(filter)) {
            int[] c = counts.getOrDefault(r.id(), new int[2]);
            entries.add(new Entry(r, c[0], c[1]));
        }
        return entries;
    }

    public Optional<Report> find(long id) {
        return reports.find(id);
    }

    public Optional<ReportDocument> load(long id) {
        return reports.load(id);
    }

    /**
     * The report with its text and outline.
     *
     * @throws ReportMissingException when it is not in the library
     */
    public ReportDocument document(long id) {
        return reports.load(id).orElseThrow(() -> new ReportMissingException(id));
    }

    /** The report imported last. */
    public Optional<Report> latest() {
        return reports.latest();
    }

    /** The report imported last; in an empty library the bundled one, imported now. */
    public Report latestOrSeed() {
        return seed.latestOrSeed();
    }

    /** Imports one file; a report with the same text is not stored twice. */
    public ImportResult importOne(Path file) throws ImportRejectedException {
        return importer.importFile(file);
    }

    /** Imports a report read elsewhere (the bundled seed, a test's resource), as {@link #importOne} does a file. */
    public ImportResult importBytes(byte[] bytes, String sourceName) throws ImportRejectedException {
        return importer.importBytes(bytes, sourceName);
    }

    /** Imports one file and says whether it is a new version of a report already here. */
    public Imported importFile(Path file) throws ImportRejectedException {
        ImportResult result = importer.importFile(file);
        ReportDocument doc = document(result.report().id());
        Report earlier = result.created() ? versions.earlierVersionOf(doc.report()).orElse(null) : null;
        return new Imported(result, doc, earlier);
    }

    /** The sample library bundled with the application. */
    public SampleLibrary samples() {
        return SampleLibrary.bundled();
    }

    /**
     * Imports every bundled sample that is not in the library yet, each in its own transaction; stops between
     * two samples when the progress says the user cancelled.
     */
    public SampleImport.Outcome importSamples(SampleProgress progress) {
        SampleImport.Outcome outcome = new SampleImport(SampleLibrary.bundled(), importer).run(progress);
        batchDone();
        return outcome;
    }

    /** Says a batch of imports is over: the search index is put back in one piece if the batch left it in many. */
    public void batchDone() {
        index.compact();
    }

    /** The latest other report with this one's title, place and year. */
    public Optional<Report> earlierVersionOf(Report report) {
        return versions.earlierVersionOf(report);
    }

    /**
     * Deletes a report so that it can be brought back ({@link #restore}): it leaves every list and the search
     * index; its text, outline and annotations stay. False when there was no such report to delete.
     */
    public boolean delete(long id) {
        return reports.markDeleted(id);
    }

    /** Brings back a deleted report; false when it was not deleted. */
    public boolean restore(long id) {
        return reports.undoDelete(id);
    }

    /**
     * The user's word on a report's title, place, year and (when given) level; blank values keep what the
     * parser found.
     */
    public Report correct(long id, String title, String place, Integer year, ReportLevel level) {
        Report updated = reports.updateMetadata(id, title, place, year);
        return level == null ? updated : corrections.correctLevel(id, level);
    }

    /** Corrects the level of government a report is from. */
    public Report correctLevel(long id, ReportLevel level) {
        return corrections.correctLevel(id, level);
    }

    /** The report's top-level parts with the parser's confidence and whether they were corrected. */
    public List<OutlinePart> parts(long reportId) {
        return corrections.parts(reportId);
    }

    /** Sets a part's role and year (kept for this text); see {@link OutlineCorrections#correctPart}. */
    public void correctPart(long reportId, long partId, PartRole role, Integer year) {
        corrections.correctPart(reportId, partId, role, year);
    }

    /** Several parts at once, all or none; see {@link OutlineCorrections#correctParts}. */
    public void correctParts(long reportId, List<OutlinePart> changed) {
        corrections.correctParts(reportId, changed);
    }

    /** One place's plan and the next year's review, for every such pair in the library. */
    public List<PlanReviewPairs.Pair> pairs() {
        return PlanReviewPairs.of(reports.list());
    }
}
