package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.Map.entry;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.app.cli.PolicyExplorerCommand;
import picocli.CommandLine;

/**
 * The list of commands, each with the test that covers its JSON, its errors and (where it has them) its
 * code-point offsets. A command added without a test here fails the first test.
 */
class CliCommandsTest {
    static final Map<String, Class<?>> TESTED_BY = Map.ofEntries(
            entry("import", CliTest.class), // and CliDataActionsTest (new versions)
            entry("reports", CliTest.class),
            entry("tree", CliTest.class),
            entry("search", SearchCliTest.class),
            entry("compare", CompareCliTest.class),
            entry("link", CompareCliTest.class),
            entry("indicators", IndicatorsCliTest.class),
            entry("annotate", CliDataActionsTest.class),
            entry("annotations", CliDataActionsTest.class),
            entry("export", AnnotationFilesCliTest.class),
            entry("import-annotations", AnnotationFilesCliTest.class), // W3C and REFI-QDA
            entry("track", CompareCliTest.class),
            entry("parts", PartsCliTest.class),
            entry("set-part", PartsCliTest.class),
            entry("check-outline", PartsCliTest.class), // and LabelledOutlineTest (the score), CheckCliTest
            entry("check-gold", CheckCliTest.class), // and GoldScoreTest (the score)
            entry("set-report", CliDataActionsTest.class),
            entry("delete-report", CliDataActionsTest.class),
            entry("edit-annotation", CliDataActionsTest.class),
            entry("delete-annotation", CliDataActionsTest.class),
            entry("tag", CliDataActionsTest.class), // and CodesCliTest (--parent, --top, --color)
            entry("tags", CodesCliTest.class),
            entry("memo", CodesCliTest.class),
            entry("matrix", CodesCliTest.class),
            entry("pairs", CompareCliTest.class),
            entry("import-samples", SamplesCliTest.class), // and SampleLibraryTest (every sample, cancel)
            entry("targets", TargetsCliTest.class),
            entry("terms", TermsCliTest.class), // and TermCountsTest (every cell against search, rates from texts)
            entry("distinctive", TermsCliTest.class),
            entry("bench", BenchCliTest.class));
    @TempDir
    Path dir;

    @Test
    void everyCommandHasATest() {
        CommandLine cli = new CommandLine(new PolicyExplorerCommand(o -> 0));
        PolicyExplorerCommand.addSubcommands(cli);
        assertThat(cli.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(TESTED_BY.keySet());
    }

    @Test
    void everyCommandAnswersHelp() {
        CliRun run = new CliRun(dir.resolve("cli.db"), "en");
        for (String command : TESTED_BY.keySet()) {
            String help = run.run(command, "--help");
            assertThat(run.exit).as(command).isZero();
            assertThat(help).as(command).startsWith("Usage: policy-explorer " + command);
        }
    }

    @Test
    void anUnknownCommandExitsWithUsage() {
        CliRun run = new CliRun(dir.resolve("cli.db"), "en");
        run.run("serach", "招商");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("serach");
    }

    @Test
    void theWindowStartsWithoutTheSubcommandsAndEveryCommandLineThatNamesOneGetsThem() {
        assertThat(PolicyExplorerCommand.namesASubcommand(new String[] {})).isFalse();
        assertThat(PolicyExplorerCommand.namesASubcommand(new String[] {"--db", "reports.db", "--lang", "zh",
            "--timings", "--check-start"})).as("a store called like a command is still the store").isFalse();
        assertThat(PolicyExplorerCommand.namesASubcommand(new String[] {"--db", "x.db", "reports"})).isTrue();
        assertThat(PolicyExplorerCommand.namesASubcommand(new String[] {"--help"})).as("help lists them").isTrue();
        CliRun cli = new CliRun(dir.resolve("fast.db"), "zh");
        cli.run("--bogus");
        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).contains("无法识别的参数：--bogus");
    }
}
