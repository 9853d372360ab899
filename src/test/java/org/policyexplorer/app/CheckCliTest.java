package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyexplorer.app.JsonShape.assertFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;

/**
 * check-gold --json on one report's gold (the whole gold's scores are pinned by GoldScoreTest), and the
 * messages check-gold and check-outline give for folders and files that are not there.
 */
class CheckCliTest {
    private static final String SCORE = "report:str sidesRight:bool units:int unitsFound:int top1:int top1Right:int "
            + "top1First:int unlinked:int unlinkedSuggested:int targets:int targetsFound:int numericTargets:int "
            + "numericFound:int pairs:int pairsFound:int pairsListed:int misses:arr extraPairs:arr";
    private static final String[] TOTALS = {"sidesRight", "top1", "top1Right", "top1First", "unlinked",
        "unlinkedSuggested", "targets", "targetsFound", "numericTargets", "numericFound", "pairs", "pairsFound"};
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void checkGoldJsonGivesTotalsAndOneScorePerGoldFile() throws Exception {
        Path goldDir = Files.createDirectories(dir.resolve("gold"));
        Path goldFile = TestReports.path("/labelled/gold/hailar_2018.json");
        Files.copy(goldFile, goldDir.resolve("hailar_2018.json"));
        JsonNode gold = json.readTree(goldFile.toFile());
        CliRun cli = new CliRun(dir.resolve("cli.db"), "zh");
        JsonNode check = json.readTree(cli.run("check-gold", TestReports.path("/corpus").toString(), "--gold",
                goldDir.toString(), "--json"));
        assertThat(cli.exit).as(cli.err).isZero();
        assertFields(check, String.join(":int ", TOTALS) + ":int reports:arr");
        assertThat(check.get("reports")).hasSize(1);
        JsonNode score = check.get("reports").get(0);
        assertFields(score, SCORE);
        // what the gold holds, counted in the gold file
        assertThat(score.get("report").asText()).isEqualTo(gold.get("report").asText());
        assertThat(score.get("units").asInt()).isEqualTo(gold.get("review_units").size() + gold.get("plan_units").size());
        assertThat(score.get("targets").asInt()).isEqualTo(gold.get("main_targets").size());
        int numeric = 0;
        for (JsonNode t : gold.get("main_targets")) {
            numeric += t.get("value").asText().isEmpty() ? 0 : 1;
        }
        assertThat(score.get("numericTargets").asInt()).isEqualTo(numeric);
        assertThat(score.get("pairs").asInt()).isEqualTo(gold.get("indicator_pairs").size());
        // one report: its counts are the totals (sidesRight counted as 1 or 0)
        for (String total : TOTALS) {
            JsonNode own = score.get(total);
            assertThat(check.get(total).asInt()).as(total).isEqualTo(own.isBoolean() ? (own.asBoolean() ? 1 : 0)
                    : own.asInt());
        }
    }

    @Test
    void missingFoldersAndReportFilesAreNamedInTheMessage() throws Exception {
        CliRun cli = new CliRun(dir.resolve("cli.db"), "zh");
        Path gold = TestReports.path("/labelled/gold");
        cli.run("check-gold", dir.resolve("no-corpus").toString(), "--gold", gold.toString());
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("找不到").contains("no-corpus").doesNotContain("Exception");
        cli.run("check-gold", TestReports.path("/corpus").toString(), "--gold", dir.resolve("no-gold").toString());
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("no-gold");
        // a folder without the reports the gold names: the first one it needs is named
        Path empty = Files.createDirectories(dir.resolve("empty"));
        cli.run("check-gold", empty.toString(), "--gold", gold.toString());
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("无法读取").contains("report_anhui_2026.txt");
    }
}
