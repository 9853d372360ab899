package org.policyexplorer.annotate.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;

/**
 * A REFI-QDA project (.qdpx) that NVivo, ATLAS.ti, MAXQDA and QualCoder open: a zip with {@code project.qde}
 * (valid against the REFI-QDA Project schema) and each report's text under {@code sources/}. Tags become
 * codes, annotations coded PlainTextSelections (positions in code points) with the note as description.
 */
public final class QdpxExport {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private QdpxExport() {
    }

    public static void write(Path target, List<ReportAnnotations> reports, String projectName)
            throws AnnotationException {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ReportAnnotations r : reports) {
            r.annotations().forEach(a -> a.tags().forEach(t -> codes.computeIfAbsent(t, k -> guid())));
        }
        Map<ReportAnnotations, String> sourceGuids = new LinkedHashMap<>();
        reports.forEach(r -> sourceGuids.put(r, guid()));
        SafeFile.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("project.qde"));
            writeProject(zip, reports, codes, sourceGuids, projectName);
            zip.closeEntry();
            for (Map.Entry<ReportAnnotations, String> e : sourceGuids.entrySet()) {
                zip.putNextEntry(new ZipEntry("sources/" + e.getValue() + ".txt"));
                zip.write(e.getKey().document().text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    private static void writeProject(OutputStream out, List<ReportAnnotations> reports, Map<String, String> codes,
                                     Map<ReportAnnotations, String> sourceGuids, String projectName)
            throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("Project");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeAttribute("name", projectName);
            x.writeAttribute("origin", "Policy Explorer");
            x.writeAttribute("creationDateTime", now());
            if (!codes.isEmpty()) {
                x.writeStartElement("CodeBook");
                x.writeStartElement("Codes");
                for (Map.Entry<String, String> code : codes.entrySet()) {
                    x.writeEmptyElement("Code");
                    x.writeAttribute("guid", code.getValue());
                    x.writeAttribute("name", code.getKey());
                    x.writeAttribute("isCodable", "true");
                }
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeStartElement("Sources");
            for (ReportAnnotations r : reports) {
                x.writeStartElement("TextSource");
                x.writeAttribute("guid", sourceGuids.get(r));
                x.writeAttribute("name", r.document().report().title());
                x.writeAttribute("plainTextPath", "internal://" + sourceGuids.get(r) + ".txt");
                CodePointOffsets offsets = r.offsets();
                for (Annotation a : r.annotations()) {
                    if (a.status() == Annotation.Status.ANCHORED) {
                        selection(x, a, offsets, codes);
                    }
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void selection(XMLStreamWriter x, Annotation a, CodePointOffsets offsets, Map<String, String> codes)
            throws XMLStreamException {
        x.writeStartElement("PlainTextSelection");
        x.writeAttribute("guid", guidOf(a.uuid()));
        x.writeAttribute("name", a.exact().length() <= 40 ? a.exact() : a.exact().substring(0, 40) + "…");
        x.writeAttribute("startPosition", Integer.toString(offsets.toCodePoints(a.start())));
        x.writeAttribute("endPosition", Integer.toString(offsets.toCodePoints(a.end())));
        x.writeAttribute("creationDateTime", a.created().truncatedTo(ChronoUnit.SECONDS).toString());
        if (!a.note().isBlank()) {
            x.writeStartElement("Description");
            x.writeCharacters(a.note());
            x.writeEndElement();
        }
        for (String tag : a.tags()) {
            x.writeStartElement("Coding");
            x.writeAttribute("guid", guid());
            x.writeEmptyElement("CodeRef");
            x.writeAttribute("targetGUID", codes.get(tag));
            x.writeEndElement();
        }
        x.writeEndElement();
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
