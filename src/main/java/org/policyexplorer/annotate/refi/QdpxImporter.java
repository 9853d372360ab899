package org.policyexplorer.annotate.refi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationImporter;
import org.policyexplorer.annotate.AnnotationService;
import org.policyexplorer.annotate.ImportBatch;
import org.policyexplorer.annotate.ImportNote;
import org.policyexplorer.domain.Tag;
import org.policyexplorer.store.AnnotationRepository;
import org.policyexplorer.store.MemoRepository;
import org.policyexplorer.store.TagRepository;

/**
 * Imports a REFI-QDA project (.qdpx) made here or in NVivo, ATLAS.ti, MAXQDA or QualCoder: its text sources
 * become reports (the report with the same text when the library has it), its codes tags (nested, with their
 * colours and memos), its coded passages annotations (placed by {@link SelectionPlacer}), the notes on passages
 * and codings the annotations' notes, and the notes on sources and codes memos. It runs inside the caller's
 * transaction: a refusal anywhere leaves the store as it was.
 */
public final class QdpxImporter {
    private final SourceReports sources;
    private final AnnotationRepository annotations;
    private final TagRepository tags;
    private final MemoRepository memos;

    public QdpxImporter(SourceReports sources, AnnotationRepository annotations, TagRepository tags,
                        MemoRepository memos) {
        this.sources = sources;
        this.annotations = annotations;
        this.tags = tags;
        this.memos = memos;
    }

    public AnnotationImporter.Result importProject(Path file) throws AnnotationException {
        QdpxArchive archive = QdpxArchive.read(file);
        QdeProject project = QdeReader.read(SecureXml.project(archive.project(String.valueOf(file.getFileName()))),
                archive);
        Run run = new Run(project);
        run.codes(project.codes(), null);
        for (QdeProject.TextSource source : project.sources()) {
            run.source(source, archive);
        }
        project.otherSources().forEach(name -> run.notes.add(ImportNote.of("notText", name)));
        for (QdeProject.Note note : project.notes().values()) {
            if (!run.usedNotes.contains(note.guid()) && !note.text().isEmpty()) {
                run.notes.add(ImportNote.of("looseNote", note.name().isEmpty() ? note.guid() : note.name()));
            }
        }
        int tagsAdded = run.batch.store(annotations, tags, memos);
        return new AnnotationImporter.Result(run.batch.annotations().size(), run.duplicates, run.orphaned,
                run.reportsAdded, run.reportsFound, tagsAdded, run.batch.memoCount(), run.notes);
    }

    /** One import's state: the codes by GUID, what was added, what the user is told. */
    private final class Run {
        final QdeProject project;
        final ImportBatch batch = new ImportBatch();
        final Map<String, String> tagByCode = new HashMap<>();
        final Map<String, String> colorByTag = new HashMap<>();
        final Set<String> usedNotes = new HashSet<>();
        final Set<String> seen = new HashSet<>();
        final List<ImportNote> notes = new ArrayList<>();
        int duplicates;
        int orphaned;
        int reportsAdded;
        int reportsFound;

        Run(QdeProject project) {
            this.project = project;
        }

        /** Each code a tag under its parent's tag; a name used twice in the project is told apart by its path. */
        void codes(List<QdeProject.Code> codes, String parent) {
            for (QdeProject.Code code : codes) {
                String name = code.name().strip().isEmpty() ? code.guid() : code.name().strip();
                if (tagByCode.containsValue(name)) {
                    String original = name;
                    name = parent == null ? name : parent + Tag.PATH_SEPARATOR + name;
                    for (int n = 2; tagByCode.containsValue(name); n++) {
                        name = original + " (" + n + ")";
                    }
                    notes.add(ImportNote.of("renamedCode", original, name));
                }
                tagByCode.put(code.guid(), name);
                String color = color(code.color());
                if (color != null) {
                    colorByTag.put(name, color);
                }
                batch.tag(name, parent, color, memo(code.description(), code.noteRefs()));
                codes(code.children(), name);
            }
        }

        void source(QdeProject.TextSource source, QdpxArchive archive) throws AnnotationException {
            String name = source.name().isBlank() ? source.guid() : source.name().strip();
            byte[] bytes;
            Optional<byte[]> file = archive.internal(source.plainTextPath());
            if (file.isPresent()) {
                bytes = file.get();
            } else if (source.plainTextContent() != null) {
                bytes = source.plainTextContent().getBytes(StandardCharsets.UTF_8);
            } else {
                // an external file (relative:// or absolute://) is not read: only what the project holds
                throw new AnnotationException(AnnotationException.Problem.MISSING_SOURCE, name,
                        source.plainTextPath() == null ? "—" : source.plainTextPath());
            }
            SourceReports.Found found = sources.findOrImport(name, bytes);
            if (found.created()) {
                reportsAdded++;
            } else {
                reportsFound++;
            }
            long reportId = found.document().report().id();
            String memo = memo(source.description(), source.noteRefs());
            if (!memo.isEmpty()) {
                batch.reportMemo(reportId, memo);
            }
            if (source.wholeSourceCodings() > 0) {
                notes.add(ImportNote.of("sourceCoding", name, source.wholeSourceCodings()));
            }
            SelectionPlacer placer = new SelectionPlacer(utf8(bytes), found.document(), name);
            for (QdeProject.Selection s : source.selections()) {
                selection(s, placer);
            }
        }

        private void selection(QdeProject.Selection s, SelectionPlacer placer) {
            if (!seen.add(s.guid()) || annotations.hasUuid(s.guid())) {
                duplicates++;
                return;
            }
            List<String> tagNames = new ArrayList<>();
            List<String> noteRefs = new ArrayList<>(s.noteRefs());
            for (QdeProject.Coding coding : s.codings()) {
                String tag = tagByCode.get(coding.codeGuid());
                if (tag == null) {
                    notes.add(ImportNote.of("unknownCode", coding.codeGuid(), placer.label(s)));
                } else if (!tagNames.contains(tag)) {
                    tagNames.add(tag);
                }
                noteRefs.addAll(coding.noteRefs());
            }
            String color = tagNames.stream().map(colorByTag::get).filter(c -> c != null).findFirst()
                    .orElse(AnnotationService.DEFAULT_COLOR);
            SelectionPlacer.Placed placed = placer.place(s, memo(s.description(), noteRefs), tagNames, color);
            placed.note().ifPresent(notes::add);
            orphaned += placed.annotation().status() == org.policyexplorer.domain.Annotation.Status.ORPHANED ? 1 : 0;
            batch.annotation(placed.annotation());
        }

        /** A description and the notes referred to, in that order, a blank line between them. */
        String memo(String description, List<String> noteRefs) {
            List<String> parts = new ArrayList<>();
            if (!description.isEmpty()) {
                parts.add(description);
            }
            for (String ref : noteRefs) {
                QdeProject.Note note = project.notes().get(ref);
                if (note != null) {
                    usedNotes.add(ref);
                    if (!note.text().isEmpty()) {
                        parts.add(note.text());
                    }
                }
            }
            return String.join("\n\n", parts);
        }
    }

    /** A colour as tags keep it: {@code #rrggbb} in lower case ({@code #rgb} spelled out); null for none. */
    static String color(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.matches("#[0-9a-f]{3}")) {
            v = "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
        }
        return Tag.isColor(v) ? v : null;
    }

    /** A text file as REFI-QDA writes them: UTF-8, perhaps with a byte order mark, which is not text. */
    static String utf8(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
