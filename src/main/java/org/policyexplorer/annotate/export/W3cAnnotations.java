package org.policyexplorer.annotate.export;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;

/**
 * Annotations as W3C Web Annotation JSON-LD: an AnnotationCollection whose items each have a commenting body
 * (the note), tagging bodies (the tags) and a target with a TextQuoteSelector and a TextPositionSelector
 * (code points) on the report's text. The records below are the model, written and read back alike.
 */
public final class W3cAnnotations {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String COLOR = "policyExplorer:color";
    static final String SOURCE_PREFIX = "urn:policy-explorer:report:";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            // files from other tools: extra properties (creator, generator…) are theirs; the model allows a single
            // body or selector where we write a list, and a list of one purpose where we write one
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);

    private W3cAnnotations() {
    }

    /** The file: a collection with one page of every annotation. */
    @JsonPropertyOrder({"@context", "id", "type", "label", "total", "first"})
    record Collection(@JsonProperty("@context") String context, String id, String type, String label, int total,
                      Page first) {
    }

    /** The page holding the annotations. */
    record Page(String type, List<Item> items) {
    }

    /** One annotation; its colour in our own namespace, which other tools ignore. */
    @JsonPropertyOrder({"id", "type", "created", "modified", "body", "target", COLOR})
    record Item(String id, String type, String created, String modified, List<Body> body, Target target,
                @JsonProperty(COLOR) String color) {
    }

    /** The note ({@code purpose} commenting, with its format) or a tag ({@code purpose} tagging). */
    record Body(String type, String purpose, String value, @JsonInclude(JsonInclude.Include.NON_NULL) String format) {
        /** A body given by its IRI only (a resource elsewhere): no text to take from it. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Body ofIri(String iri) {
            return new Body(null, null, null, null);
        }
    }

    /** The report's text (its hash as an IRI, the same in every store) and where on it. */
    record Target(String source, List<Selector> selector) {
    }

    /**
     * A selector, its {@code type} naming which. Selectors of other kinds (FragmentSelector, XPathSelector…) in
     * files from other tools are read as {@link Other} and left aside.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = Other.class)
    @JsonSubTypes({@JsonSubTypes.Type(value = Quote.class, name = "TextQuoteSelector"),
        @JsonSubTypes.Type(value = Position.class, name = "TextPositionSelector")})
    sealed interface Selector permits Quote, Position, Other {
    }

    /** The quoted text with what comes before and after it: finds it again in a new version of the text. */
    record Quote(String exact, String prefix, String suffix) implements Selector {
    }

    /** Where the quote is, in code points. */
    record Position(Integer start, Integer end) implements Selector {
    }

    /** A selector of a kind this program does not use. */
    record Other() implements Selector {
    }

    public static void write(Path target, List<ReportAnnotations> reports) throws AnnotationException {
        List<Item> items = new ArrayList<>();
        for (ReportAnnotations r : reports) {
            CodePointOffsets offsets = r.offsets();
            for (Annotation a : r.annotations()) {
                items.add(item(r, a, offsets));
            }
        }
        Collection collection = new Collection(CONTEXT, "urn:policy-explorer:export:" + Instant.now().toEpochMilli(),
                "AnnotationCollection",
                reports.size() == 1 ? reports.get(0).document().report().title() : "Policy Explorer", items.size(),
                new Page("AnnotationPage", items));
        SafeFile.write(target, out -> JSON.writeValue(out, collection));
    }

    private static Item item(ReportAnnotations r, Annotation a, CodePointOffsets offsets) {
        List<Body> body = new ArrayList<>();
        if (!a.note().isBlank()) {
            body.add(new Body("TextualBody", "commenting", a.note(), "text/plain"));
        }
        for (String tag : a.tags()) {
            body.add(new Body("TextualBody", "tagging", tag, null));
        }
        List<Selector> selectors = new ArrayList<>();
        selectors.add(new Quote(a.exact(), a.prefix(), a.suffix()));
        if (a.status() == Annotation.Status.ANCHORED) {
            // an orphaned annotation has no place: only its quote
            selectors.add(new Position(offsets.toCodePoints(a.start()), offsets.toCodePoints(a.end())));
        }
        return new Item("urn:uuid:" + a.uuid(), "Annotation", a.created().toString(), a.updated().toString(), body,
                new Target(r.sourceIri(), selectors), a.color());
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
        // The annotations may come as our collection (first.items), as a bare page (items) or as one annotation:
        // the tree finds which before the records read them.
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
        for (JsonNode node : items) {
            Item item;
            try {
                item = JSON.treeToValue(node, Item.class);
            } catch (IOException | IllegalArgumentException e) {
                throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT, file.getFileName() + ": "
                        + e.getClass().getSimpleName());
            }
            out.add(imported(file, item));
        }
        return out;
    }

    private static Imported imported(Path file, Item item) throws AnnotationException {
        String source = item.target() == null || item.target().source() == null ? "" : item.target().source();
        Quote quote = null;
        Integer start = null;
        for (Selector selector : item.target() == null || item.target().selector() == null ? List.<Selector>of()
                : item.target().selector()) {
            if (selector instanceof Quote q) {
                quote = q;
            } else if (selector instanceof Position p && p.start() != null) {
                start = p.start();
            }
        }
        if (!source.startsWith(SOURCE_PREFIX) || quote == null || quote.exact() == null || quote.exact().isEmpty()) {
            throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT,
                    file.getFileName() + ": an item without a report text and a quote");
        }
        String note = "";
        List<String> tags = new ArrayList<>();
        for (Body body : item.body() == null ? List.<Body>of() : item.body()) {
            if ("tagging".equals(body.purpose())) {
                if (body.value() != null) {
                    tags.add(body.value());
                }
            } else if (body.value() != null) {
                note = body.value();
            }
        }
        String id = item.id() == null ? "" : item.id();
        String uuid = id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : null;
        Instant created;
        try {
            created = item.created() != null ? Instant.parse(item.created()) : Instant.now();
        } catch (RuntimeException e) {
            created = Instant.now();
        }
        return new Imported(uuid, source.substring(SOURCE_PREFIX.length()), quote.exact(),
                quote.prefix() == null ? "" : quote.prefix(), quote.suffix() == null ? "" : quote.suffix(), start, note,
                tags, item.color() == null ? "#ffd54f" : item.color(), created);
    }
}
