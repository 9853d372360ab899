package org.policyexplorer.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policyexplorer.annotate.export.W3cReader;
import org.policyexplorer.annotate.refi.QdpxImporter;
import org.policyexplorer.annotate.refi.SourceReports;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.store.AnnotationRepository;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.MemoRepository;
import org.policyexplorer.store.ReportRepository;
import org.policyexplorer.store.TagRepository;

/**
 * Reads annotations written here or by another tool: W3C Web Annotations (each placed on its report, found by the
 * hash of its text, by its quote with the position as a hint, or by its position alone), or a REFI-QDA project
 * ({@link QdpxImporter}). Annotations already here (same id) are skipped, so a round trip adds nothing twice;
 * items that cannot be placed are listed, not the whole file refused. Everything one file adds is stored in one
 * transaction; a file that cannot be read, or whose annotations are all about reports not in the library,
 * imports nothing.
 */
public final class AnnotationImporter {
    private final Database db;
    private final ReportRepository reports;
    private final AnnotationRepository annotations;
    private final TagRepository tags;
    private final MemoRepository memos;
    private final QdpxImporter qdpx;

    public AnnotationImporter(Database db, ReportRepository reports, SourceReports sources) {
        this.db = db;
        this.reports = reports;
        this.annotations = new AnnotationRepository(db);
        this.tags = new TagRepository(db);
        this.memos = new MemoRepository(db);
        this.qdpx = new QdpxImporter(sources, annotations, tags, memos);
    }

    /**
     * How an import went: annotations added, already here, added as orphaned; for a project also the reports it
     * brought and found, the tags it added and the memos; and the notes on what it could not take as it was.
     */
    public record Result(int added, int duplicates, int orphaned, int reportsAdded, int reportsFound, int tagsAdded,
                         int memos, List<ImportNote> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** Imports a W3C file or a REFI-QDA project, told apart by their first bytes (a zip starts with PK). */
    public Result importFile(Path file) throws AnnotationException {
        return isZip(file) ? importQdpx(file) : importW3c(file);
    }

    public Result importQdpx(Path file) throws AnnotationException {
        return db.inTransaction(() -> qdpx.importProject(file));
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            return false; // the reader that follows says what is wrong with it
        }
    }

    public Result importW3c(Path file) throws AnnotationException {
        W3cReader.Read read = W3cReader.read(file);
        List<ImportNote> notes = new ArrayList<>(read.notes());
        Map<String, Optional<ReportDocument>> docs = new HashMap<>();
        ImportBatch batch = new ImportBatch();
        int duplicates = 0;
        int orphaned = 0;
        int unknown = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (W3cReader.Imported item : read.annotations()) {
            // the same id twice in one file is the same annotation twice: once is enough
            if (!seen.add(item.uuid()) || annotations.hasUuid(item.uuid())) {
                duplicates++;
                continue;
            }
            Optional<ReportDocument> doc = docs.computeIfAbsent(item.reportSha(), this::document);
            if (doc.isEmpty()) {
                unknown++;
                notes.add(ImportNote.of("unknownReport", item.item(), item.reportSha()));
                continue;
            }
            Optional<Annotation> a = place(doc.get(), item);
            if (a.isEmpty()) {
                notes.add(ImportNote.of("noPlace", item.item(), item.codePointStart(), item.codePointEnd()));
                continue;
            }
            orphaned += a.get().status() == Annotation.Status.ORPHANED ? 1 : 0;
            batch.annotation(a.get());
            for (W3cReader.ImportedTag tag : item.tags()) {
                define(batch, tag);
            }
        }
        for (W3cReader.ImportedMemo memo : read.memos()) {
            Optional<ReportDocument> doc = docs.computeIfAbsent(memo.reportSha(), this::document);
            if (doc.isEmpty()) {
                unknown++;
                notes.add(ImportNote.of("unknownReport", memo.item(), memo.reportSha()));
            } else {
                batch.reportMemo(doc.get().report().id(), memo.text());
            }
        }
        if (unknown > 0 && batch.annotations().isEmpty() && batch.memoCount() == 0 && duplicates == 0) {
            // nothing of this file is about a report here: the user must import the report first
            throw new AnnotationException(AnnotationException.Problem.UNKNOWN_REPORT,
                    read.annotations().isEmpty() ? read.memos().get(0).reportSha() : read.annotations().get(0).reportSha());
        }
        int tagsAdded = db.inTransaction(() -> batch.store(annotations, tags, memos));
        return new Result(batch.annotations().size(), duplicates, orphaned, 0, 0, tagsAdded, batch.memoCount(), notes);
    }

    private Optional<ReportDocument> document(String sha) {
        return reports.findBySha(sha).flatMap(r -> reports.load(r.id()));
    }

    /** Defines a tag and the tags above it, top first, each under the one before. */
    private static void define(ImportBatch batch, W3cReader.ImportedTag tag) {
        String parent = null;
        for (String up : tag.ancestors()) {
            if (!up.equals(tag.name())) {
                batch.tag(up, parent, null, null);
                parent = up;
            }
        }
        batch.tag(tag.name(), parent, tag.color(), tag.memo());
    }

    /**
     * The annotation on the report: found by its quote (the position as a hint), or taken at its position when
     * it has no quote; empty when it has only a position and that is not in the text.
     */
    private static Optional<Annotation> place(ReportDocument doc, W3cReader.Imported item) {
        String text = doc.text();
        CodePointOffsets offsets = new CodePointOffsets(text);
        int length = text.codePointCount(0, text.length());
        if (item.exact() == null) {
            int start = item.codePointStart();
            int end = item.codePointEnd();
            if (start < 0 || end <= start || end > length) {
                return Optional.empty();
            }
            return Optional.of(Placement.anchored(doc, item.uuid(), offsets.toChars(start), offsets.toChars(end),
                    item.note(), names(item), item.color(), item.created()));
        }
        Integer hintAt = item.codePointStart();
        int hint = hintAt == null || hintAt < 0 || hintAt > length ? 0 : offsets.toChars(hintAt);
        return Optional.of(Placement.byQuote(doc, item.uuid(), new Quote(item.exact(), item.prefix(), item.suffix()),
                hint, item.note(), names(item), item.color(), item.created()));
    }

    private static List<String> names(W3cReader.Imported item) {
        return item.tags().stream().map(W3cReader.ImportedTag::name).distinct().toList();
    }

    /** The kinds of file {@link #importFile} takes, by the ending a file chooser offers. */
    public static final Set<String> EXTENSIONS = Set.of("jsonld", "json", "qdpx");
}
