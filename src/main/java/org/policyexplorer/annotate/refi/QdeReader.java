package org.policyexplorer.annotate.refi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyexplorer.annotate.AnnotationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Turns a checked {@code project.qde} (see {@link SecureXml}) into a {@link QdeProject}. */
final class QdeReader {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private QdeReader() {
    }

    static QdeProject read(Document doc, QdpxArchive archive) throws AnnotationException {
        Element project = doc.getDocumentElement();
        List<QdeProject.Code> codes = new ArrayList<>();
        for (Element book : children(project, "CodeBook")) {
            for (Element list : children(book, "Codes")) {
                for (Element code : children(list, "Code")) {
                    codes.add(code(code));
                }
            }
        }
        List<QdeProject.TextSource> sources = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Element list : children(project, "Sources")) {
            for (Element source : children(list, null)) {
                if (source.getLocalName().equals("TextSource")) {
                    sources.add(source(source));
                } else {
                    other.add(source.getAttribute("name").isEmpty() ? source.getLocalName() : source.getAttribute("name"));
                }
            }
        }
        Map<String, QdeProject.Note> notes = new LinkedHashMap<>();
        for (Element list : children(project, "Notes")) {
            for (Element note : children(list, "Note")) {
                String guid = guid(note.getAttribute("guid"));
                notes.put(guid, new QdeProject.Note(guid, note.getAttribute("name"), noteText(note, archive)));
            }
        }
        return new QdeProject(codes, sources, other, notes, noteRefs(project));
    }

    private static QdeProject.Code code(Element e) {
        List<QdeProject.Code> children = new ArrayList<>();
        for (Element child : children(e, "Code")) {
            children.add(code(child));
        }
        return new QdeProject.Code(guid(e.getAttribute("guid")), e.getAttribute("name"),
                e.hasAttribute("color") ? e.getAttribute("color").strip() : null, text(e, "Description"), noteRefs(e),
                children);
    }

    private static QdeProject.TextSource source(Element e) {
        List<QdeProject.Selection> selections = new ArrayList<>();
        for (Element s : children(e, "PlainTextSelection")) {
            List<QdeProject.Coding> codings = new ArrayList<>();
            for (Element coding : children(s, "Coding")) {
                codings.add(coding(coding));
            }
            selections.add(new QdeProject.Selection(guid(s.getAttribute("guid")),
                    s.hasAttribute("name") ? s.getAttribute("name") : null, position(s, "startPosition"),
                    position(s, "endPosition"), text(s, "Description"), noteRefs(s), codings,
                    created(s.getAttribute("creationDateTime"))));
        }
        return new QdeProject.TextSource(guid(e.getAttribute("guid")), e.getAttribute("name"),
                e.hasAttribute("plainTextPath") ? e.getAttribute("plainTextPath") : null,
                children(e, "PlainTextContent").isEmpty() ? null : text(e, "PlainTextContent"), text(e, "Description"),
                noteRefs(e), selections, children(e, "Coding").size());
    }

    private static QdeProject.Coding coding(Element e) {
        String code = children(e, "CodeRef").stream().map(r -> guid(r.getAttribute("targetGUID"))).findFirst()
                .orElse("");
        return new QdeProject.Coding(code, noteRefs(e));
    }

    /** A note's text: inline (PlainTextContent), else its plain-text file in the archive, else its description. */
    private static String noteText(Element note, QdpxArchive archive) throws AnnotationException {
        if (!children(note, "PlainTextContent").isEmpty()) {
            return text(note, "PlainTextContent");
        }
        Optional<byte[]> file = archive.internal(note.getAttribute("plainTextPath"));
        if (file.isPresent()) {
            return QdpxImporter.utf8(file.get());
        }
        return text(note, "Description");
    }

    /** A GUID as this program stores it: lower case, without braces (the schema allows both). */
    static String guid(String value) {
        String v = value.strip();
        if (v.startsWith("{") && v.endsWith("}")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.toLowerCase(java.util.Locale.ROOT);
    }

    private static long position(Element e, String attribute) {
        try {
            return Long.parseLong(e.getAttribute(attribute).strip().replaceFirst("^\\+", ""));
        } catch (NumberFormatException tooLong) {
            return Long.MAX_VALUE; // an integer the schema allows but no text reaches: past the end
        }
    }

    private static Instant created(String value) {
        try {
            return value.isEmpty() ? Instant.now() : OffsetDateTime.parse(value).toInstant();
        } catch (RuntimeException e) {
            try {
                return Instant.parse(value);
            } catch (RuntimeException again) {
                return Instant.now(); // a local time without zone: when it was imported will do
            }
        }
    }

    private static List<String> noteRefs(Element e) {
        return children(e, "NoteRef").stream().map(r -> guid(r.getAttribute("targetGUID"))).toList();
    }

    /** The text of the first child of that name, exactly as written; "" when there is none. */
    private static String text(Element e, String name) {
        List<Element> found = children(e, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }

    /** The child elements in the REFI-QDA namespace with that local name (any name for null), in order. */
    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI())
                    && (name == null || name.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }
}
