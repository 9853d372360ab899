package org.policyexplorer.annotate.export;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.Tag;

/**
 * Annotations as W3C Web Annotation JSON-LD: an AnnotationCollection with one embedded AnnotationPage (its own
 * IRI, {@code partOf} the collection) whose items each have a commenting body (the note), tagging bodies (the
 * tags: colour, memo as {@code skos:note}, parents as a {@code skos:broader} chain of concepts) and a target with
 * a TextQuoteSelector and a TextPositionSelector (code points) on the report's text. A report's memo is an
 * annotation on the whole text, without selector, as page notes are. The records below are the model, written
 * here and read back by {@link W3cReader}.
 */
public final class W3cAnnotations {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Our own terms: a prefix in the context, so that RDF tools expand them to IRIs of ours. */
    static final String VOCABULARY = "urn:policy-explorer:vocab:";
    static final String COLOR = "policyExplorer:color";
    static final String SOURCE_PREFIX = "urn:policy-explorer:report:";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            // files from other tools: extra properties (creator, generator…) are theirs; the model allows a single
            // body or selector where we write a list, and a list of one purpose or target where we write one
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);

    private W3cAnnotations() {
    }

    /** The file: a collection with one page of every annotation; an empty one has no page (§5.1). */
    @JsonPropertyOrder({"@context", "id", "type", "label", "total", "first", "last"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Collection(@JsonProperty("@context") List<Object> context, String id, String type, String label,
                      int total, Page first, String last) {
    }

    /** The page holding the annotations: it has an IRI (§5.2), says which collection it is part of. */
    @JsonPropertyOrder({"id", "type", "partOf", "startIndex", "items"})
    record Page(String id, String type, String partOf, Integer startIndex, List<Item> items) {
    }

    /**
     * One annotation; its colour in our own namespace, which other tools ignore. {@code bodyValue} is the model's
     * shorthand for a plain note, read from other tools' files (we write a body).
     */
    @JsonPropertyOrder({"id", "type", "motivation", "created", "modified", "body", "target", COLOR})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String id, String type, String motivation, String created, String modified, List<Body> body,
                String bodyValue, Target target, @JsonProperty(COLOR) String color) {
    }

    /**
     * The note ({@code purpose} commenting, with its format) or a tag ({@code purpose} tagging: its colour, memo
     * and the concepts above it).
     */
    @JsonPropertyOrder({"type", "purpose", "value", "format", COLOR, "skos:note", "skos:broader"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(String type, String purpose, String value, String format, @JsonProperty(COLOR) String color,
                @JsonProperty("skos:note") String memo, @JsonProperty("skos:broader") Concept broader) {
        /** A body given by its IRI only (a resource elsewhere): no text to take from it. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Body ofIri(String iri) {
            return new Body(null, null, null, null, null, null, null);
        }
    }

    /** A tag above another: its name, and the one above it. */
    @JsonPropertyOrder({"type", "skos:prefLabel", "skos:broader"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Concept(String type, @JsonProperty("skos:prefLabel") String label,
                   @JsonProperty("skos:broader") Concept broader) {
    }

    /** The report's text (its hash as an IRI, the same in every store) and where on it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Target(String source, List<Selector> selector) {
        /** A target given by its IRI only: the whole resource. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Target ofIri(String iri) {
            return new Target(iri, null);
        }
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

    public static void write(Path target, List<ReportAnnotations> reports, Codebook codebook)
            throws AnnotationException {
        List<String> used = new ArrayList<>();
        reports.forEach(r -> r.annotations().forEach(a -> used.addAll(a.tags())));
        Codebook codes = codebook.including(used);
        List<Item> items = new ArrayList<>();
        for (ReportAnnotations r : reports) {
            CodePointOffsets offsets = r.offsets();
            for (Annotation a : r.annotations()) {
                items.add(item(r, a, offsets, codes));
            }
            if (!r.memo().isEmpty()) {
                items.add(memo(r));
            }
        }
        String id = "urn:policy-explorer:export:" + Instant.now().toEpochMilli();
        String pageId = id + ":page:1";
        Collection collection = new Collection(List.of(CONTEXT, Map.of("policyExplorer", VOCABULARY)), id,
                "AnnotationCollection",
                reports.size() == 1 ? reports.get(0).document().report().title() : "Policy Explorer", items.size(),
                items.isEmpty() ? null : new Page(pageId, "AnnotationPage", id, 0, items),
                items.isEmpty() ? null : pageId);
        SafeFile.write(target, out -> JSON.writeValue(out, collection));
    }

    private static Item item(ReportAnnotations r, Annotation a, CodePointOffsets offsets, Codebook codes) {
        List<Body> body = new ArrayList<>();
        if (!a.note().isEmpty()) {
            body.add(new Body("TextualBody", "commenting", a.note(), "text/plain", null, null, null));
        }
        for (String tag : a.tags()) {
            Tag t = codes.find(tag).orElseThrow();
            body.add(new Body("TextualBody", "tagging", tag, null, t.color(), t.memo().isEmpty() ? null : t.memo(),
                    broader(codes, codes.parentOf(tag))));
        }
        List<Selector> selectors = new ArrayList<>();
        selectors.add(new Quote(a.exact(), a.prefix(), a.suffix()));
        if (a.status() == Annotation.Status.ANCHORED) {
            // an orphaned annotation has no place: only its quote
            selectors.add(new Position(offsets.toCodePoints(a.start()), offsets.toCodePoints(a.end())));
        }
        return new Item("urn:uuid:" + a.uuid(), "Annotation", null, a.created().toString(), a.updated().toString(),
                body, null, new Target(r.sourceIri(), selectors), a.color());
    }

    private static Concept broader(Codebook codes, String parent) {
        return parent == null ? null : new Concept("skos:Concept", parent, broader(codes, codes.parentOf(parent)));
    }

    /** The report's memo: a comment on the whole text, named by the text so a second export gives the same. */
    private static Item memo(ReportAnnotations r) {
        return new Item("urn:policy-explorer:memo:" + r.document().report().sha256(), "Annotation", "commenting",
                null, null, List.of(new Body("TextualBody", "commenting", r.memo(), "text/plain", null, null, null)),
                null, new Target(r.sourceIri(), null), null);
    }
}
