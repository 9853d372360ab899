package org.policyexplorer.app.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-judged gold for one report: review and plan units (by line, 1-based, of the report file), which plan
 * units carry each review unit on (best first) and the other way round, the plan's main expected targets and
 * last year's results paired with this year's targets.
 */
record Gold(String report, List<Unit> reviewUnits, List<Unit> planUnits, Map<String, List<String>> reviewToPlan,
            Map<String, List<String>> planToReview, List<Target> mainTargets, List<Pair> pairs) {

    record Unit(String id, String title, int line) {
    }

    record Target(String name, String value, int line) {
    }

    record Pair(String key, String result, String target, int resultLine, int targetLine) {
    }

    static Gold read(Path file) throws IOException {
        JsonNode g = new ObjectMapper().readTree(file.toFile());
        return new Gold(g.path("report").asText(), units(g.path("review_units")), units(g.path("plan_units")),
                links(g.path("alignment_review_to_plan")), links(g.path("alignment_plan_to_review")),
                targets(g.path("main_targets")), pairs(g.path("indicator_pairs")));
    }

    private static List<Unit> units(JsonNode array) {
        List<Unit> list = new ArrayList<>();
        array.forEach(u -> list.add(new Unit(u.path("id").asText(), u.path("title").asText(), u.path("line").asInt())));
        return list;
    }

    private static Map<String, List<String>> links(JsonNode object) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> {
            List<String> ids = new ArrayList<>();
            e.getValue().forEach(id -> ids.add(id.asText()));
            map.put(e.getKey(), ids);
        });
        return map;
    }

    private static List<Target> targets(JsonNode array) {
        List<Target> list = new ArrayList<>();
        array.forEach(t -> list.add(new Target(t.path("name").asText(), t.path("value").asText(""),
                t.path("line").asInt())));
        return list;
    }

    private static List<Pair> pairs(JsonNode array) {
        List<Pair> list = new ArrayList<>();
        array.forEach(p -> list.add(new Pair(p.path("key").asText(), p.path("result").asText(),
                p.path("target").asText(), p.path("result_line").asInt(), p.path("target_line").asInt())));
        return list;
    }
}
