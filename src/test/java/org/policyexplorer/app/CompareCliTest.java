package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.app.JsonShape.assertFields;
import static org.policyexplorer.app.JsonShape.assertFieldsAnyOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;

/**
 * compare, link, pairs and track from the command line, on real reports: 海拉尔区 2017 and 2018 (one place, two
 * consecutive years, with two characters outside the BMP before their parts) and the bundled 通州区 2018.
 */
class CompareCliTest {
    /** The 2018 report, with one of its review topics' lead sentences carrying a character outside the BMP. */
    private static final String HAILAR_2018 = TestReports.withOutsideBmp("report_hailar_2018.txt")
            .replace("发展质效持续提高", "发展质效\uD845\uDC84持续提高");
    private static final String HAILAR_2017 = TestReports.withOutsideBmp("report_hailar_2017.txt");
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private CliRun cli;

    private JsonNode run(String... args) throws Exception {
        if (cli == null) {
            cli = new CliRun(dir.resolve("cli.db"), "zh");
        }
        String out = cli.run(args);
        assertThat(cli.exit).as(cli.err).isZero();
        return json.readTree(out);
    }

    private long importText(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return run("import", file.toString(), "--json").get("id").asLong();
    }

    /** Lines of {@code text} between two headings that match a pattern: units counted by reading the report. */
    private static int linesMatching(String text, String from, String to, String regex) {
        String part = text.substring(text.indexOf(from), text.indexOf(to, text.indexOf(from)));
        Pattern p = Pattern.compile(regex);
        return (int) part.lines().filter(l -> p.matcher(l).find()).count();
    }

    private static void assertUnit(JsonNode unit) {
        assertFields(unit, "title:str chapter:str|null unit:str matches:arr");
        assertThat(unit.get("unit").asText()).isIn("chapter", "topic", "paragraph");
        double previous = Double.MAX_VALUE;
        for (JsonNode match : unit.get("matches")) {
            assertFields(match, "title:str chapter:str|null unit:str score:num origin:str");
            assertThat(match.get("origin").asText()).isIn("auto", "user");
            double score = match.get("score").asDouble();
            assertThat(score).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous); // best first
            previous = score;
        }
    }

    @Test
    void compareSetsTheReviewsTopicsBesideThePlansWithTheDocumentedShape() throws Exception {
        long id = importText("hailar2018.txt", HAILAR_2018);
        JsonNode c = run("compare", "--report", Long.toString(id), "--json");
        assertFields(c, "review:obj plan:obj reviewTopics:arr planTopics:arr chapters:arr");
        assertFields(c.get("review"), "report:int title:str");
        assertFields(c.get("plan"), "report:int title:str");
        assertThat(c.at("/review/report").asLong()).isEqualTo(id);
        assertThat(c.at("/review/title").asText()).isEqualTo("2017年工作回顾");
        assertThat(c.at("/plan/title").asText()).isEqualTo("2018年工作安排");
        // by reading: the review has no chapters, its topics are the six paragraphs that open 过去的一年，面对…;
        // the plan's are its chapters （一）…（八）
        assertThat(c.get("reviewTopics")).hasSize(linesMatching(HAILAR_2018, "一、2017年工作回顾", "二、2018年工作安排",
                "^过去的一年，面对"));
        assertThat(c.get("planTopics")).hasSize(linesMatching(HAILAR_2018, "二、2018年工作安排", "各位代表，新时代",
                "^[（(][一二三四五六七八九十]+[）)]")).hasSize(8);
        c.get("reviewTopics").forEach(CompareCliTest::assertUnit);
        c.get("planTopics").forEach(CompareCliTest::assertUnit);
        // a title with a character outside the BMP comes out whole
        assertThat(c.get("reviewTopics")).anySatisfy(t -> assertThat(t.get("title").asText())
                .contains("发展质效\uD845\uDC84持续提高"));
        assertThat(c.get("chapters")).isEmpty(); // no review chapters to set beside the plan's
    }

    @Test
    void theSeedsChaptersAreComparedChapterByChapter() throws Exception {
        JsonNode c = run("compare", "--json"); // an empty store: the bundled report
        String seed = TestReports.seed();
        int reviewChapters = linesMatching(seed, "\n2017年工作回顾\n", "\n2018年工作安排\n", "^[一二三四五六七八九十]+、");
        assertThat(reviewChapters).isGreaterThan(1);
        Set<String> reviewSides = new HashSet<>();
        for (JsonNode chapter : c.get("chapters")) {
            assertFields(chapter, "review:str plan:str score:num");
            reviewSides.add(chapter.get("review").asText());
        }
        assertThat(reviewSides).hasSize(reviewChapters);
        c.get("reviewTopics").forEach(t -> {
            assertUnit(t);
            assertThat(reviewSides).contains(t.get("chapter").asText());
        });
    }

    @Test
    void reportsAreComparedAcrossYearsAndLinksAreConfirmedRejectedAndRemoved() throws Exception {
        long earlier = importText("hailar2017.txt", HAILAR_2017);
        long later = importText("hailar2018.txt", HAILAR_2018);
        JsonNode across = run("compare", "--review-report", Long.toString(later), "--plan-report",
                Long.toString(earlier), "--json");
        assertThat(across.at("/review/report").asLong()).isEqualTo(later);
        assertThat(across.at("/plan/report").asLong()).isEqualTo(earlier);
        assertThat(across.at("/plan/title").asText()).isEqualTo("2017年工作安排");

        String report = Long.toString(later);
        JsonNode topic = run("compare", "--report", report, "--json").get("reviewTopics").get(0);
        String review = topic.get("title").asText();
        String first = topic.at("/matches/0/title").asText();
        String second = topic.at("/matches/1/title").asText();
        assertThat(cli.run("link", "--report", report, "--review", review, "--plan", first))
                .startsWith("confirmed: ");
        assertThat(cli.exit).isZero();
        assertThat(cli.run("link", "--report", report, "--review", review, "--plan", second, "--reject"))
                .startsWith("rejected: ");
        JsonNode after = run("compare", "--report", report, "--json").get("reviewTopics").get(0);
        assertThat(after.at("/matches/0/title").asText()).isEqualTo(first);
        assertThat(after.at("/matches/0/origin").asText()).isEqualTo("user");
        assertThat(after.get("matches")).noneMatch(m -> m.get("title").asText().equals(second));
        cli.run("link", "--report", report, "--review", review, "--plan", second, "--remove");
        assertThat(cli.exit).isZero();
        assertThat(run("compare", "--report", report, "--json").at("/reviewTopics/0/matches"))
                .anyMatch(m -> m.get("title").asText().equals(second));
    }

    @Test
    void pairsAndTrackSetThePlanOfOneYearBesideTheResultsOfTheNext() throws Exception {
        assertThat(run("pairs", "--json")).isEmpty(); // the seed alone: no place with two years
        long earlier = importText("hailar2017.txt", HAILAR_2017);
        long later = importText("hailar2018.txt", HAILAR_2018);
        JsonNode pairs = run("pairs", "--json");
        assertThat(pairs).hasSize(1);
        JsonNode pair = pairs.get(0);
        assertFields(pair, "place:str plan:obj review:obj");
        assertFieldsAnyOrder(pair.get("plan"), "report:int year:int");
        assertFieldsAnyOrder(pair.get("review"), "report:int year:int");
        assertThat(pair.get("place").asText()).isEqualTo("海拉尔区");
        assertThat(pair.at("/plan/report").asLong()).isEqualTo(earlier);
        assertThat(pair.at("/plan/year").asInt()).isEqualTo(2017);
        assertThat(pair.at("/review/report").asLong()).isEqualTo(later);
        assertThat(pair.at("/review/year").asInt()).isEqualTo(2018);

        JsonNode track = run("track", "--plan-report", Long.toString(earlier), "--review-report", Long.toString(later),
                "--json");
        assertFields(track, "plan:obj review:obj targets:arr topics:arr");
        assertFields(track.get("plan"), "report:int year:int");
        assertFields(track.get("review"), "report:int year:int");
        // the plan part of 2017 and the review part of 2018 are both about 2017
        assertThat(track.at("/plan/year").asInt()).isEqualTo(2017);
        assertThat(track.at("/review/year").asInt()).isEqualTo(2017);
        String plan2017 = HAILAR_2017.substring(HAILAR_2017.indexOf("二、2017年工作安排"));
        String review2017 = HAILAR_2018.substring(HAILAR_2018.indexOf("一、2017年工作回顾"),
                HAILAR_2018.indexOf("二、2018年工作安排"));
        List<String> statuses = new ArrayList<>();
        for (JsonNode t : track.get("targets")) {
            assertFields(t, "name:str target:obj result:obj|null status:str");
            String figure = "name:str value:num|null unit:str|null change:str|null qualifier:str|null text:str";
            assertFields(t.get("target"), figure);
            assertThat(plan2017).contains(t.at("/target/text").asText());
            if (t.get("result").isNull()) {
                assertThat(t.get("status").asText()).isEqualTo("not-reported");
            } else {
                assertFields(t.get("result"), figure);
                assertThat(review2017).contains(t.at("/result/text").asText());
                assertThat(t.get("status").asText()).isIn("met", "not-met");
            }
            statuses.add(t.get("status").asText() + " " + t.at("/target/text").asText() + " → "
                    + t.at("/result/text").asText());
        }
        // by reading: 2017's plan promised 新增就业5700人, 2018's review reports 新增就业6435人
        assertThat(statuses).contains("met 新增就业5700人 → 新增就业6435人");
        for (JsonNode topic : track.get("topics")) {
            assertFields(topic, "plan:str review:arr");
            topic.get("review").forEach(r -> assertFieldsAnyOrder(r, "title:str score:num"));
        }
        assertThat(track.get("topics")).hasSize(linesMatching(HAILAR_2017, "二、2017年工作安排", "各位代表",
                "^[（(][一二三四五六七八九十]+[）)]"));
    }

    @Test
    void badReportsTopicsAndMissingPartsExitWithAMessage() throws Exception {
        run("tree", "--json"); // the seed
        cli.run("compare", "--report", "999");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("没有编号为 999 的报告");
        cli.run("link", "--review", "没有这个专题", "--plan", "也没有");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("没有标题为“没有这个专题”的专题");
        cli.run("link", "--review", "x");
        assertThat(cli.exit).as("--plan is required").isEqualTo(2);
        assertThat(cli.err).contains("--plan");
        cli.run("track", "--plan-report", "999", "--review-report", "1");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("999");
        cli.run("track", "--plan-report", "1");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("--review-report");
        cli.run("pairs", "--report", "1");
        assertThat(cli.exit).as("pairs takes no report").isEqualTo(2);
        // prose without headings: a report with no review to compare
        String prose = TestReports.corpus("report_hailar_2018.txt").lines().filter(l -> l.startsWith("过去的一年"))
                .reduce("", (a, b) -> a + b + "\n");
        long flat = importText("prose.txt", prose);
        cli.run("compare", "--report", Long.toString(flat));
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("中没有回顾部分");
    }
}
