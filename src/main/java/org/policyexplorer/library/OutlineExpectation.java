package org.policyexplorer.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outline a reader sees in one report, labelled by hand: its place, year and level, and its top-level
 * parts after the preamble in order, each with its role, the year it is about (none for a five-year part)
 * and, where labelled, how many numbered chapters it has. The file format is a JSON object keyed by file name.
 */
public record OutlineExpectation(String file, String place, Integer year, String level, List<Part> parts) {

    /** One labelled part; {@code chapters} is null where the label does not count them. */
    public record Part(String role, Integer year, Integer chapters, String heading) {
    }

    public static Map<String, OutlineExpectation> read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Map<String, OutlineExpectation> all = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode report = entry.getValue();
            if (!report.isObject()) {
                continue; // a comment such as "_why"
            }
            List<Part> parts = new ArrayList<>();
            for (JsonNode part : report.path("parts")) {
                parts.add(new Part(part.path("role").asText(), intOrNull(part, "year"), intOrNull(part, "chapters"),
                        part.hasNonNull("heading") ? part.get("heading").asText() : null));
            }
            all.put(entry.getKey(), new OutlineExpectation(entry.getKey(), report.path("place").asText(null),
                    intOrNull(report, "year"), report.path("level").asText(null), List.copyOf(parts)));
        }
        return all;
    }

    private static Integer intOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }
}
