package org.policyexplorer.annotate.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.Tag;

/**
 * A REFI-QDA project (.qdpx) that NVivo, ATLAS.ti, MAXQDA and QualCoder open: a zip with {@code project.qde}
 * (valid against the REFI-QDA Project schema) and each report's text under {@code sources/}. Tags become codes,
 * nested as the tags are and each in its colour; annotations become coded PlainTextSelections (positions in code
 * points) with the note as description; memos of reports and tags become Notes their source or code refers to.
 * Orphaned annotations have no place in the text and are left out.
 */
public final class QdpxExport {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    /** How much of a passage names its selection: tools list selections by name. */
    static final int NAME_CODE_POINTS = 40;

    private QdpxExport() {
    }

    public static void write(Path target, List<ReportAnnotations> reports, Codebook codebook, String projectName)
            throws AnnotationException {
        List<String> used = new ArrayList<>();
        reports.forEach(r -> r.annotations().forEach(a -> used.addAll(a.tags())));
        Codebook codes = codebook.including(used);
        Map<String, String> codeGuids = new HashMap<>();
        codes.tags().forEach(t -> codeGuids.put(t.name(), guid()));
        Map<ReportAnnotations, String> sourceGuids = new LinkedHashMap<>();
        reports.forEach(r -> sourceGuids.put(r, guid()));
        SafeFile.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("project.qde"));
            new Project(new QdeWriter(zip), codes, codeGuids, sourceGuids).write(projectName);
            zip.closeEntry();
            for (Map.Entry<ReportAnnotations, String> e : sourceGuids.entrySet()) {
                zip.putNextEntry(new ZipEntry("sources/" + e.getValue() + ".txt"));
                zip.write(e.getKey().document().text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /** The writing of one {@code project.qde}. */
    private record Project(QdeWriter x, Codebook codes, Map<String, String> codeGuids,
                           Map<ReportAnnotations, String> sourceGuids) {

        /** A memo to write as a Note at the end, with the GUID its owner refers to it by. */
        private record Memo(String guid, String name, String text) {
        }

        void write(String projectName) throws IOException {
            List<Memo> memos = new ArrayList<>();
            x.start("Project").attribute("xmlns", NAMESPACE).attribute("name", projectName)
                    .attribute("origin", "Policy Explorer").attribute("creationDateTime", now());
            if (!codes.tags().isEmpty()) {
                x.start("CodeBook").start("Codes");
                for (Tag root : codes.roots()) {
                    code(root, memos);
                }
                x.end().end();
            }
            // the schema wants at least one source inside Sources: an empty store writes none
            if (!sourceGuids.isEmpty()) {
                x.start("Sources");
                for (Map.Entry<ReportAnnotations, String> e : sourceGuids.entrySet()) {
                    source(e.getKey(), e.getValue(), memos);
                }
                x.end();
            }
            if (!memos.isEmpty()) {
                x.start("Notes");
                for (Memo m : memos) {
                    x.start("Note").attribute("guid", m.guid()).attribute("name", m.name())
                            .attribute("creationDateTime", now());
                    x.textElement("PlainTextContent", m.text());
                    x.end();
                }
                x.end();
            }
            x.end();
            x.finish();
        }

        private void code(Tag tag, List<Memo> memos) throws IOException {
            x.start("Code").attribute("guid", codeGuids.get(tag.name())).attribute("name", tag.name())
                    .attribute("isCodable", "true");
            if (Tag.isColor(tag.color())) {
                x.attribute("color", tag.color());
            }
            noteRef(tag.memo(), tag.name(), memos);
            for (Tag child : codes.children(tag.name())) {
                code(child, memos);
            }
            x.end();
        }

        private void source(ReportAnnotations r, String guid, List<Memo> memos) throws IOException {
            String title = r.document().report().title();
            x.start("TextSource").attribute("guid", guid).attribute("name", title)
                    .attribute("plainTextPath", "internal://" + guid + ".txt");
            CodePointOffsets offsets = r.offsets();
            for (Annotation a : r.annotations()) {
                if (a.status() == Annotation.Status.ANCHORED) {
                    selection(a, offsets);
                }
            }
            noteRef(r.memo(), title, memos);
            x.end();
        }

        private void noteRef(String memo, String name, List<Memo> memos) throws IOException {
            if (!memo.isEmpty()) {
                Memo m = new Memo(guid(), name, memo);
                memos.add(m);
                x.empty("NoteRef", "targetGUID", m.guid());
            }
        }

        private void selection(Annotation a, CodePointOffsets offsets) throws IOException {
            x.start("PlainTextSelection").attribute("guid", guidOf(a.uuid()))
                    .attribute("name", XmlText.cut(a.exact(), NAME_CODE_POINTS))
                    .attribute("startPosition", Integer.toString(offsets.toCodePoints(a.start())))
                    .attribute("endPosition", Integer.toString(offsets.toCodePoints(a.end())))
                    .attribute("creationDateTime", a.created().truncatedTo(ChronoUnit.SECONDS).toString());
            if (!a.note().isEmpty()) {
                x.textElement("Description", a.note());
            }
            for (String tag : a.tags()) {
                x.start("Coding").attribute("guid", guid());
                x.empty("CodeRef", "targetGUID", codeGuids.get(tag));
                x.end();
            }
            x.end();
        }
    }

    /** A REFI GUID: 8-4-4-4-12 hex; our annotation ids are UUIDs already. */
    private static String guidOf(String uuid) {
        try {
            return UUID.fromString(uuid).toString();
        } catch (IllegalArgumentException e) {
            return guid();
        }
    }

    private static String guid() {
        return UUID.randomUUID().toString();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

}
