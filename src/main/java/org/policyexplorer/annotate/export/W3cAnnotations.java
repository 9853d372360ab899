package org.policyexplorer.annotate.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;

/**
 * Annotations as W3C Web Annotation JSON-LD: an AnnotationCollection whose items each have a commenting body
 * (the note), tagging bodies (the tags) and a target with a TextQuoteSelector and a TextPositionSelector
 * (code points) on the report's text. Reads back what it writes.
 */
public final class W3cAnnotations {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String COLOR = "policyExplorer:color";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private W3cAnnotations() {
    }

    public static void write(Path target, List<ReportAnnotations> reports) throws AnnotationException {
        List<Object> items = new ArrayList<>();
        for (ReportAnnotations r : reports) {
            CodePointOffsets offsets = r.offsets();
            for (Annotation a : r.annotations()) {
                items.add(item(r, a, offsets));
            }
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("type", "AnnotationPage");
        page.put("items", items);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", CONTEXT);
        collection.put("id", "urn:policy-explorer:export:" + Instant.now().toEpochMilli());
        collection.put("type", "AnnotationCollection");
        collection.put("label", reports.size() == 1 ? reports.get(0).document().report().title() : "Policy Explorer");
        collection.put("total", items.size());
        collection.put("first", page);
        SafeFile.write(target, out -> JSON.writeValue(out, collection));
    }

    private static Map<String, Object> item(ReportAnnotations r, Annotation a, CodePointOffsets offsets) {
        List<Object> body = new ArrayList<>();
        if (!a.note().isBlank()) {
            body.add(Map.of("type", "TextualBody", "purpose", "commenting", "value", a.note(), "format", "text/plain"));
        }
        for (String tag : a.tags()) {
            body.add(Map.of("type", "TextualBody", "purpose", "tagging", "value", tag));
        }
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.exact());
        quote.put("prefix", a.prefix());
        quote.put("suffix", a.suffix());
        List<Object> selectors = new ArrayList<>();
        selectors.add(quote);
        if (a.status() == Annotation.Status.ANCHORED) {
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("type", "TextPositionSelector");
            position.put("start", offsets.toCodePoints(a.start()));
            position.put("end", offsets.toCodePoints(a.end()));
            selectors.add(position);
        }
        Map<String, Object> targetNode = new LinkedHashMap<>();
        targetNode.put("source", r.sourceIri());
        targetNode.put("selector", selectors);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "urn:uuid:" + a.uuid());
        m.put("type", "Annotation");
        m.put("created", a.created().toString());
        m.put("modified", a.updated().toString());
        m.put("body", body);
        m.put("target", targetNode);
        m.put(COLOR, a.color());
        return m;
    }

    /** One annotation as read from a file: where it points and what it says. */
    public record Imported(String uuid, String reportSha, String exact, String prefix, String suffix,
                           Integer codePointStart, String note, List<String> tags, String color, Instant created) {
    }

    /** Reads a collection this program (or another W3C tool) wrote; a foreign or broken file fails clearly. */
    public static List<Imported> read(Path file) throws AnnotationException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT, file.getFileName() + ": "
                    + e.getClass().getSimpleName());
        }
        if (root == null || !root.isObject()) {
            throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT, file.getFileName() + ": not JSON");
        }
        JsonNode items = root.path("first").path("items");
        if (!items.isArray()) {
            items = root.path("items");
        }
        if (!items.isArray() && "Annotation".equals(root.path("type").asText())) {
            items = JSON.createArrayNode().add(root);
        }
        if (!items.isArray()) {
            throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT,
                    file.getFileName() + ": no AnnotationCollection");
        }
        List<Imported> out = new ArrayList<>();
        for (JsonNode item : items) {
            out.add(readItem(file, item));
        }
        return out;
    }

    private static Imported readItem(Path file, JsonNode item) throws AnnotationException {
        String source = item.path("target").path("source").asText("");
        String prefix = "urn:policy-explorer:report:";
        JsonNode quote = null;
        Integer start = null;
        for (JsonNode selector : item.path("target").path("selector")) {
            if ("TextQuoteSelector".equals(selector.path("type").asText())) {
                quote = selector;
            } else if ("TextPositionSelector".equals(selector.path("type").asText()) && selector.has("start")) {
                start = selector.path("start").asInt();
            }
        }
        if (!source.startsWith(prefix) || quote == null || quote.path("exact").asText("").isEmpty()) {
            throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT,
                    file.getFileName() + ": an item without a report text and a quote");
        }
        String note = "";
        List<String> tags = new ArrayList<>();
        for (JsonNode body : item.path("body")) {
            if ("tagging".equals(body.path("purpose").asText())) {
                tags.add(body.path("value").asText());
            } else if (body.has("value")) {
                note = body.path("value").asText();
            }
        }
        String id = item.path("id").asText("");
        String uuid = id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : null;
        Instant created;
        try {
            created = item.has("created") ? Instant.parse(item.path("created").asText()) : Instant.now();
        } catch (RuntimeException e) {
            created = Instant.now();
        }
        return new Imported(uuid, source.substring(prefix.length()), quote.path("exact").asText(),
                quote.path("prefix").asText(""), quote.path("suffix").asText(""), start, note, tags,
                item.path(COLOR).asText("#ffd54f"), created);
    }
}
