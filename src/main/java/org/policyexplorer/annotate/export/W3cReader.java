package org.policyexplorer.annotate.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.ImportNote;
import org.policyexplorer.annotate.export.W3cAnnotations.Body;
import org.policyexplorer.annotate.export.W3cAnnotations.Concept;
import org.policyexplorer.annotate.export.W3cAnnotations.Item;
import org.policyexplorer.annotate.export.W3cAnnotations.Position;
import org.policyexplorer.annotate.export.W3cAnnotations.Quote;
import org.policyexplorer.annotate.export.W3cAnnotations.Selector;

/**
 * Reads W3C Web Annotations in the shapes the model allows, from this program or another tool: a collection
 * with an embedded page, a bare page, one annotation, or a list of them; a single body, selector or target
 * where a list may stand; {@code bodyValue}; a body with no purpose (a note); a body or target by IRI; a
 * position without a quote. An item that cannot be read or has nothing to place it by is listed as a note and
 * left out, not the whole file; a file that is not JSON, not annotations or too large is refused.
 */
public final class W3cReader {
    /** Far more than any export here (a few KB per annotation) and still read into memory at once. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private W3cReader() {
    }

    /** A tag as a file gives it: its name, the names above it (top first), its colour and memo if given. */
    public record ImportedTag(String name, List<String> ancestors, String color, String memo) {
    }

    /** One annotation as read: which text (by hash), what it quotes or where it is, and what it says. */
    public record Imported(int item, String uuid, String reportSha, String exact, String prefix, String suffix,
                           Integer codePointStart, Integer codePointEnd, String note, List<ImportedTag> tags,
                           String color, Instant created) {
    }

    /** A comment on a whole report (its memo). */
    public record ImportedMemo(int item, String reportSha, String text) {
    }

    /** What a file holds: annotations, report memos, and notes on the items left out. */
    public record Read(List<Imported> annotations, List<ImportedMemo> memos, List<ImportNote> notes, int items) {
    }

    public static Read read(Path file) throws AnnotationException {
        String name = String.valueOf(file.getFileName());
        JsonNode root;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new AnnotationException(AnnotationException.Problem.TOO_LARGE, name,
                        Long.toString(size / (1024 * 1024)), Long.toString(MAX_BYTES / (1024 * 1024)));
            }
            root = W3cAnnotations.JSON.readTree(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT, name + ": "
                    + e.getClass().getSimpleName());
        }
        JsonNode items = items(root);
        if (items == null) {
            throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT, name + ": no AnnotationCollection");
        }
        List<Imported> annotations = new ArrayList<>();
        List<ImportedMemo> memos = new ArrayList<>();
        List<ImportNote> notes = new ArrayList<>();
        int n = 0;
        for (JsonNode node : items) {
            n++;
            Item item;
            try {
                item = W3cAnnotations.JSON.treeToValue(node, Item.class);
            } catch (IOException | IllegalArgumentException e) {
                notes.add(ImportNote.of("unreadable", n, idOf(node)));
                continue;
            }
            read(n, item, annotations, memos, notes);
        }
        return new Read(annotations, memos, notes, n);
    }

    /**
     * Where the annotations are: our collection (first.items), a bare page (items), one annotation, or a JSON
     * list of annotations; null when the file holds none of these.
     */
    private static JsonNode items(JsonNode root) {
        if (root == null) {
            return null;
        }
        if (root.isArray()) {
            return root;
        }
        if (!root.isObject()) {
            return null;
        }
        if (root.path("first").path("items").isArray()) {
            return root.path("first").path("items");
        }
        if (root.path("items").isArray()) {
            return root.path("items");
        }
        if (isType(root, "AnnotationCollection") && !root.has("first") && root.path("total").asInt(0) == 0) {
            return W3cAnnotations.JSON.createArrayNode(); // an empty collection: nothing to import
        }
        if (isType(root, "Annotation")) {
            return W3cAnnotations.JSON.createArrayNode().add(root);
        }
        return null;
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode t = node.path("type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asText());
    }

    private static String idOf(JsonNode node) {
        return node.path("id").isTextual() ? node.path("id").asText() : "—";
    }

    private static void read(int n, Item item, List<Imported> annotations, List<ImportedMemo> memos,
                             List<ImportNote> notes) {
        String id = item.id() == null ? "—" : item.id();
        String source = item.target() == null || item.target().source() == null ? "" : item.target().source();
        if (!source.startsWith(W3cAnnotations.SOURCE_PREFIX)) {
            notes.add(ImportNote.of("foreignTarget", n, id, source.isEmpty() ? "—" : source));
            return;
        }
        String sha = source.substring(W3cAnnotations.SOURCE_PREFIX.length());
        Quote quote = null;
        Position position = null;
        List<Selector> selectors = item.target().selector() == null ? List.of() : item.target().selector();
        for (Selector selector : selectors) {
            if (selector instanceof Quote q && q.exact() != null && !q.exact().isEmpty()) {
                quote = q;
            } else if (selector instanceof Position p && p.start() != null && p.end() != null) {
                position = p;
            }
        }
        String note = note(item);
        if (selectors.isEmpty() && item.target().selector() == null) {
            // the whole text: a memo on the report when it says something
            if (note.isEmpty()) {
                notes.add(ImportNote.of("noSelector", n, id));
            } else {
                memos.add(new ImportedMemo(n, sha, note));
            }
            return;
        }
        if (quote == null && position == null) {
            notes.add(ImportNote.of("noSelector", n, id));
            return;
        }
        List<ImportedTag> tags = new ArrayList<>();
        for (Body body : bodies(item)) {
            if ("tagging".equals(body.purpose()) && body.value() != null && !body.value().isBlank()) {
                tags.add(new ImportedTag(body.value(), ancestors(body.broader()), body.color(), body.memo()));
            }
        }
        annotations.add(new Imported(n, uuid(item.id()), sha, quote == null ? null : quote.exact(),
                quote == null || quote.prefix() == null ? "" : quote.prefix(),
                quote == null || quote.suffix() == null ? "" : quote.suffix(),
                position == null ? null : position.start(), position == null ? null : position.end(), note, tags,
                item.color() == null ? "#ffd54f" : item.color(), created(item.created())));
    }

    private static List<Body> bodies(Item item) {
        return item.body() == null ? List.of() : item.body();
    }

    /**
     * The note: {@code bodyValue}, and every textual body that is not a tag (commenting, describing, or no
     * purpose at all), joined by a blank line when there are several.
     */
    private static String note(Item item) {
        List<String> parts = new ArrayList<>();
        if (item.bodyValue() != null && !item.bodyValue().isEmpty()) {
            parts.add(item.bodyValue());
        }
        for (Body body : bodies(item)) {
            if (!"tagging".equals(body.purpose()) && body.value() != null && !body.value().isEmpty()) {
                parts.add(body.value());
            }
        }
        return String.join("\n\n", parts);
    }

    /** The names above a tag, top first, from its chain of broader concepts. */
    private static List<String> ancestors(Concept broader) {
        List<String> up = new ArrayList<>();
        for (Concept c = broader; c != null && up.size() < 64; c = c.broader()) {
            if (c.label() != null && !c.label().isBlank()) {
                up.add(0, c.label());
            }
        }
        return up;
    }

    /**
     * The annotation's id as a UUID: ours are {@code urn:uuid:…}; another tool's IRI is turned into a UUID of its
     * own (the same every time), so that reading its file twice does not add its annotations twice.
     */
    private static String uuid(String id) {
        if (id == null || id.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (id.startsWith("urn:uuid:")) {
            try {
                return UUID.fromString(id.substring("urn:uuid:".length())).toString();
            } catch (IllegalArgumentException e) {
                // not a UUID after all: named like any other IRI below
            }
        }
        return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Instant created(String created) {
        try {
            return created != null ? Instant.parse(created) : Instant.now();
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }
}
