package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.app.check.GoldCheck;

/**
 * 对照 and 指标 on the eight reports with hand-judged gold (src/test/resources/labelled/gold): the program
 * chooses the sides, aligns them, finds the main targets and pairs results with targets, and the score is
 * counted against the gold. The thresholds are the issue's: top-1 ≥ 80%, main targets ≥ 90%, pairs ≥ 70%.
 */
class GoldScoreTest {
    private static List<GoldCheck.Score> scores;

    static Path resource(String name) {
        return org.policyexplorer.TestReports.path(name);
    }

    @BeforeAll
    static void score() throws Exception {
        scores = new GoldCheck().run(resource("/corpus"), resource("/labelled/gold"));
        scores.forEach(s -> System.out.println(s.report() + " top-1 " + s.top1Right() + "/" + s.top1()
                + " main targets " + s.targetsFound() + "/" + s.targets() + " pairs " + s.pairsFound() + "/" + s.pairs()
                + " " + s.misses()));
    }

    private static int sum(java.util.function.ToIntFunction<GoldCheck.Score> f) {
        return scores.stream().mapToInt(f).sum();
    }

    @Test
    void theRightPartsAreComparedAndEveryGoldUnitIsAUnit() {
        assertThat(scores).hasSize(8).allSatisfy(s -> {
            assertThat(s.sidesRight()).as(s.report()).isTrue();
            assertThat(s.unitsFound()).as(s.report()).isEqualTo(s.units());
        });
    }

    @Test
    void theBestMatchIsRightForAtLeastEightyPercentOfUnits() {
        assertThat(sum(GoldCheck.Score::top1Right)).isGreaterThanOrEqualTo((int) Math.ceil(0.8 * sum(GoldCheck.Score::top1)));
    }

    @Test
    void atLeastNinetyPercentOfTheMainTargetsAreFound() {
        assertThat(sum(GoldCheck.Score::targetsFound)).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * sum(GoldCheck.Score::targets)));
        assertThat(sum(GoldCheck.Score::numericFound))
                .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * sum(GoldCheck.Score::numericTargets)));
    }

    @Test
    void atLeastSeventyPercentOfTheGoldPairsAreFound() {
        assertThat(sum(GoldCheck.Score::pairsFound)).isGreaterThanOrEqualTo((int) Math.ceil(0.7 * sum(GoldCheck.Score::pairs)));
    }

    @Test
    void checkGoldPrintsTheSameTotals(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        int status = Launcher.run(new String[] {"--db", dir.resolve("x.db").toString(), "check-gold",
            resource("/corpus").toString(), "--gold", resource("/labelled/gold").toString()},
            new PrintWriter(out), new PrintWriter(new StringWriter()), options -> 1);
        assertThat(status).isZero();
        assertThat(out.toString()).contains("top-1 " + sum(GoldCheck.Score::top1Right) + "/" + sum(GoldCheck.Score::top1))
                .contains("main targets " + sum(GoldCheck.Score::targetsFound) + "/" + sum(GoldCheck.Score::targets))
                .contains("pairs " + sum(GoldCheck.Score::pairsFound) + "/" + sum(GoldCheck.Score::pairs));
    }
}
