package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the CLI prints is an interface scripts rely on: these assertions pin an object's field names (in
 * order, where the program gives one) and the JSON type of every value, so a change of name, nesting or type
 * fails a test. The spec is {@code "name:type name:type …"} with the types {@code int} (an integral number),
 * {@code num} (a floating-point number, as Java doubles are written), {@code str}, {@code bool}, {@code arr},
 * {@code obj} and {@code null}, alternatives joined by {@code |} ({@code "year:int|null"}).
 */
final class JsonShape {
    private JsonShape() {
    }

    /** The object has exactly these fields, in this order, of these types. */
    static void assertFields(JsonNode node, String spec) {
        check(node, spec, true);
    }

    /** The same, where the program gives no order (it used to build these objects with Map.of). */
    static void assertFieldsAnyOrder(JsonNode node, String spec) {
        check(node, spec, false);
    }

    private static void check(JsonNode node, String spec, boolean ordered) {
        assertThat(node).as("a JSON object for %s", spec).isNotNull();
        assertThat(node.isObject()).as("an object for %s, got %s", spec, node).isTrue();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String field : spec.trim().split("\\s+")) {
            int colon = field.lastIndexOf(':');
            expected.put(field.substring(0, colon), Arrays.asList(field.substring(colon + 1).split("\\|")));
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        if (ordered) {
            assertThat(names).as("fields of %s", node).containsExactlyElementsOf(expected.keySet());
        } else {
            assertThat(names).as("fields of %s", node).containsExactlyInAnyOrderElementsOf(expected.keySet());
        }
        expected.forEach((name, types) -> assertThat(typeOf(node.get(name))).as("type of %s in %s", name, node)
                .isIn(types));
    }

    static String typeOf(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "int";
        } else if (value.isFloatingPointNumber()) {
            return "num";
        } else if (value.isTextual()) {
            return "str";
        } else if (value.isBoolean()) {
            return "bool";
        } else if (value.isArray()) {
            return "arr";
        } else if (value.isObject()) {
            return "obj";
        } else if (value.isNull()) {
            return "null";
        }
        return value.getNodeType().toString();
    }

    /** The code points {@code [start, end)} of a text: what an exported offset pair points at. */
    static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    /** Where each occurrence of {@code word} starts (left to right, not overlapping), in code points. */
    static List<Integer> codePointStarts(String text, String word) {
        List<Integer> starts = new ArrayList<>();
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            starts.add(text.codePointCount(0, i));
        }
        return starts;
    }
}
