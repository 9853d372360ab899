package org.policyexplorer.app.check;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policyexplorer.compare.Aligner;
import org.policyexplorer.compare.Alignment;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.compare.CompareUnit;
import org.policyexplorer.compare.Match;
import org.policyexplorer.compare.PartText;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.indicators.IndicatorSynonyms;
import org.policyexplorer.indicators.IndicatorPair;
import org.policyexplorer.indicators.IndicatorReport;
import org.policyexplorer.indicators.IndicatorService;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/**
 * Scores 对照 and 指标 on hand-judged gold: imports each gold report into a temporary store as a user would,
 * lets the program choose the review and the plan and align them, and reads its main targets and
 * result–target pairs; then counts what agrees with the gold. Units and targets are matched by line.
 */
public final class GoldCheck {
    /** How one report scored; counts of right answers over counts of gold items. */
    public record Score(String report, boolean sidesRight, int units, int unitsFound, int top1, int top1Right,
                        int top1First, int unlinked, int unlinkedSuggested, int targets, int targetsFound, int numericTargets, int numericFound,
                        int pairs, int pairsFound, int pairsListed, List<String> misses, List<String> extraPairs) {
    }

    private final IndicatorService indicators = new IndicatorService();
    private final Aligner aligner = new Aligner();

    public List<Score> run(Path reportsDir, Path goldDir) throws IOException {
        List<Path> golds;
        try (Stream<Path> files = Files.list(goldDir)) {
            golds = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        Path temp = Files.createTempDirectory("policy-explorer-gold");
        List<Score> scores = new ArrayList<>();
        try (Database db = Database.open(temp.resolve("gold.db"))) {
            ReportRepository reports = new ReportRepository(db);
            ReportImporter importer = new ReportImporter(reports);
            for (Path file : golds) {
                Gold gold = Gold.read(file);
                try {
                    long id = importer.importFile(reportsDir.resolve(gold.report())).report().id();
                    scores.add(score(gold, reports.load(id).orElseThrow()));
                } catch (ImportRejectedException e) {
                    FileSystemException failed = new FileSystemException(reportsDir.resolve(gold.report()).toString(),
                            null, "cannot import it: " + e.problem());
                    failed.initCause(e);
                    throw failed;
                }
            }
        } finally {
            try (Stream<Path> left = Files.list(temp)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(temp);
        }
        return scores;
    }

    Score score(Gold gold, ReportDocument doc) {
        Lines lines = new Lines(doc.text());
        List<String> misses = new ArrayList<>();
        Optional<Section> review = CompareService.reviewOf(doc);
        Optional<Section> plan = CompareService.planOf(doc);
        boolean sides = review.isPresent() && plan.isPresent()
                && gold.reviewUnits().stream().allMatch(u -> lines.within(review.get(), u.line()))
                && gold.planUnits().stream().allMatch(u -> lines.within(plan.get(), u.line()));
        if (!sides) {
            misses.add("sides: review " + review.map(Section::title).orElse("none") + ", plan "
                    + plan.map(Section::title).orElse("none"));
        }
        int units = gold.reviewUnits().size() + gold.planUnits().size();
        int found = 0;
        int top1 = 0;
        int top1Right = 0;
        int top1First = 0;
        int unlinked = 0;
        int unlinkedSuggested = 0;
        if (review.isPresent() && plan.isPresent()) {
            Alignment a = aligner.align(new PartText(doc, review.get()), new PartText(doc, plan.get()), List.of());
            Side forward = new Side(a.reviewUnits(), a::matchesOfReview, gold.reviewUnits(), gold.planUnits(),
                    gold.reviewToPlan());
            Side backward = new Side(a.planUnits(), a::matchesOfPlan, gold.planUnits(), gold.reviewUnits(),
                    gold.planToReview());
            for (Side side : List.of(forward, backward)) {
                for (Gold.Unit unit : side.gold()) {
                    Optional<CompareUnit> ours = side.unitAt(lines, unit.line());
                    found += ours.isPresent() ? 1 : 0;
                    List<String> expected = side.links().getOrDefault(unit.id(), List.of());
                    if (expected.isEmpty()) {
                        // the gold says nothing carries this unit on: a suggestion here is noise
                        unlinked++;
                        unlinkedSuggested += ours.isPresent() && !side.matches().apply(ours.get()).isEmpty() ? 1 : 0;
                        continue;
                    }
                    top1++;
                    if (ours.isEmpty()) {
                        misses.add("unit " + unit.id() + " (line " + unit.line() + ") not a unit");
                        continue;
                    }
                    List<Match> matches = side.matches().apply(ours.get());
                    Integer bestLine = matches.isEmpty() ? null : lines.of(matches.get(0).unit().section().start());
                    List<Integer> expectedLines = expected.stream().map(side::lineOfOther).toList();
                    if (bestLine != null && expectedLines.contains(bestLine)) {
                        top1Right++;
                        top1First += bestLine.equals(expectedLines.get(0)) ? 1 : 0;
                    } else {
                        misses.add("unit " + unit.id() + " «" + unit.title() + "» → "
                                + (matches.isEmpty() ? "nothing" : "«" + matches.get(0).unit().title() + "»")
                                + ", expected " + expected);
                    }
                }
            }
        }
        IndicatorReport report = indicators.of(doc);
        int targetsFound = 0;
        int numeric = 0;
        int numericFound = 0;
        for (Gold.Target t : gold.mainTargets()) {
            boolean hit = report.mainTargets().stream().anyMatch(i -> lines.of(i.start()) == t.line()
                    && namesMatch(t.name(), i) && valueMatches(t.value(), i));
            targetsFound += hit ? 1 : 0;
            if (!t.value().isEmpty()) {
                numeric++;
                numericFound += hit ? 1 : 0;
            }
            if (!hit) {
                misses.add("main target " + t.name() + " " + t.value() + " (line " + t.line() + ") not found");
            }
        }
        int pairsFound = 0;
        List<IndicatorPair> matched = new ArrayList<>();
        for (Gold.Pair p : gold.pairs()) {
            Optional<IndicatorPair> hit = report.pairs().stream().filter(x -> lines.of(x.result().start()) == p.resultLine()
                    && lines.of(x.target().start()) == p.targetLine() && keyMatches(p.key(), x)).findFirst();
            hit.ifPresent(matched::add);
            pairsFound += hit.isPresent() ? 1 : 0;
            if (hit.isEmpty()) {
                misses.add("pair " + p.key() + " " + p.result() + " → " + p.target() + " not found");
            }
        }
        List<String> extra = report.pairs().stream().filter(x -> !matched.contains(x))
                .map(x -> x.name() + ": " + x.result().text() + " → " + x.target().text()).toList();
        return new Score(gold.report(), sides, units, found, top1, top1Right, top1First, unlinked, unlinkedSuggested,
                gold.mainTargets().size(), targetsFound, numeric, numericFound, gold.pairs().size(), pairsFound,
                report.pairs().size(), misses, extra);
    }

    /** One direction of the alignment: our units and their matches, the gold units and their links. */
    private record Side(List<CompareUnit> units, java.util.function.Function<CompareUnit, List<Match>> matches,
                        List<Gold.Unit> gold, List<Gold.Unit> otherGold, Map<String, List<String>> links) {
        Optional<CompareUnit> unitAt(Lines lines, int line) {
            return units.stream().filter(u -> lines.of(u.section().start()) == line).findFirst();
        }

        Integer lineOfOther(String id) {
            return otherGold.stream().filter(u -> u.id().equals(id)).map(Gold.Unit::line).findFirst().orElse(-1);
        }
    }

    private static final Pattern TRAILING_MEASURE = Pattern.compile("(增长|增速|下降|降低|提高|增加|减少|达到|控制在)$");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

    /** The gold name's indicator ("地区生产总值增长" → 地区生产总值) is in our target's phrase, or names it. */
    static boolean namesMatch(String goldName, Indicator ours) {
        String core = TRAILING_MEASURE.matcher(goldName).replaceAll("");
        String text = ours.text() == null ? "" : ours.text();
        String name = ours.name() == null ? "" : ours.name();
        return text.contains(core) || name.length() >= 2 && core.contains(name)
                || IndicatorSynonyms.canonical(core).equals(IndicatorSynonyms.canonical(name));
    }

    /** Every number of the gold value is in our figure. */
    static boolean valueMatches(String goldValue, Indicator ours) {
        Matcher m = NUMBER.matcher(goldValue);
        String text = ours.text() + " " + ours.figure();
        while (m.find()) {
            if (!text.contains(m.group())) {
                return false;
            }
        }
        return true;
    }

    static boolean keyMatches(String key, IndicatorPair pair) {
        String k = IndicatorSynonyms.canonical(TRAILING_MEASURE.matcher(key).replaceAll(""));
        for (String name : List.of(pair.name(), pair.result().name(), pair.target().name())) {
            String n = IndicatorSynonyms.canonical(name == null ? "" : name);
            if (!n.isEmpty() && (n.contains(k) || k.contains(n) && n.length() >= 2)) {
                return true;
            }
        }
        return false;
    }

    /** Line numbers (1-based) of char offsets. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int of(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        boolean within(Section s, int line) {
            return line >= of(s.start()) && line <= of(Math.max(s.start(), s.end() - 1));
        }
    }
}
