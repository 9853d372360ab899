package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.Report;
import org.policyexplorer.search.SearchFolding;
import org.policyexplorer.search.SearchIndex;
import org.policyexplorer.search.SearchOrder;
import org.policyexplorer.search.SearchScope;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.library.LibraryViewModel;

/**
 * The index is derived from the store: deleted, or damaged beyond reading, it is rebuilt at the next start
 * with progress, never a crash, and every search is exact again afterwards.
 */
class IndexRecoveryTest {
    @TempDir
    Path dir;

    private Path libraryOfThree() throws Exception {
        Path db = dir.resolve("lib.db");
        try (AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            context.library().latestOrSeed();
            for (String name : List.of("report_hailar_2018.txt", "report_jilin_2026.txt")) {
                context.library().importBytes(TestReports.bytes("/corpus/" + name), name);
            }
        }
        return db;
    }

    private static void assertEveryReportSearchesExactly(AppContext context) {
        for (Report r : context.library().list()) {
            String text = SearchFolding.fold(context.library().document(r.id()).text());
            assertThat(context.search().search("发展", SearchScope.report(r.id()), 1, SearchOrder.RANK).total())
                    .as(r.title()).isEqualTo(TestReports.occurrences(text, "发展")).isPositive();
        }
    }

    @Test
    void aDeletedIndexFolderIsRebuiltWithProgress() throws Exception {
        Path db = libraryOfThree();
        Path folder = SearchIndex.folderFor(db);
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            assertThat(context.indexOutOfStep()).isEqualTo(3);
            List<Integer> progress = new ArrayList<>();
            assertThat(context.reconcileIndex((done, total) -> progress.add(done))).isEqualTo(3);
            assertThat(progress).containsExactly(1, 2, 3);
            assertThat(context.indexOutOfStep()).isZero();
            assertEveryReportSearchesExactly(context);
        }
    }

    @Test
    void aDamagedIndexIsSetAsideAndRebuiltFromTheWindowWithProgress() throws Exception {
        Path db = libraryOfThree();
        Path folder = SearchIndex.folderFor(db);
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.writeString(f, "not a Lucene file", StandardCharsets.UTF_8);
            }
        }
        try (AppContext context = new AppContext(db, new Messages(Locale.SIMPLIFIED_CHINESE))) {
            assertThat(context.search().search("发展", SearchScope.all(), 1, SearchOrder.RANK).total())
                    .as("nothing indexed yet, and no failure").isZero();
            // opened on that first search: the damaged files moved aside, a fresh index begun
            assertThat(folder.resolveSibling(folder.getFileName() + ".damaged")).isDirectory();
            // the window brings it in step in the background, with progress and a word when done
            BackgroundWork direct = BackgroundWork.direct();
            MainViewModel main = new MainViewModel(context.library(), context.annotations(), context.settings(),
                    context.messages(), direct);
            List<String> notices = new ArrayList<>();
            main.setMessageSinks(notices::add, notices::add);
            new LibraryViewModel(context.library(), context.indicators(), context.messages(), direct, main)
                    .bringIndexInStep();
            assertThat(notices).containsExactly(context.messages().get("library.indexed", 3));
            assertEveryReportSearchesExactly(context);
        }
    }

    @Test
    void anIndexWithOneDamagedDataFileIsRebuiltToo() throws Exception {
        Path db = libraryOfThree();
        Path folder = SearchIndex.folderFor(db);
        // the commit point and segment infos intact, a data file broken: the writer opens, reading fails
        Path data;
        try (var files = Files.list(folder)) {
            data = files.filter(f -> f.toString().endsWith(".cfs") || f.toString().endsWith(".doc")
                    || f.toString().endsWith(".tim")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(data);
        for (int i = bytes.length / 4; i < bytes.length / 2; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(data, bytes);
        try (AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            assertThat(context.indexOutOfStep()).as("the fresh index holds nothing yet").isEqualTo(3);
            assertThat(context.reconcileIndex((done, total) -> { })).isEqualTo(3);
            assertEveryReportSearchesExactly(context);
            // and it goes on taking imports: the write lock of the damaged attempt was given back
            context.library().importBytes(TestReports.bytes("/corpus/report_hailar_2017.txt"), "h.txt");
            assertThat(context.indexOutOfStep()).isZero();
        }
    }

    @Test
    void theCommandLineCatchesUpALargeLibraryWithProgressOnStderr() throws Exception {
        Path db = dir.resolve("cli.db");
        CliRun cli = new CliRun(db, "en");
        cli.run("import-samples");
        assertThat(cli.exit).as(cli.err).isZero();
        try (var files = Files.walk(SearchIndex.folderFor(db))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        String listed = cli.run("reports");
        assertThat(cli.exit).as(cli.err).isZero();
        assertThat(cli.err).contains("Building the search index (").contains(" reports)");
        assertThat(listed).as("stdout stays the answer").doesNotContain("Building");
        cli.run("search", "发展", "--all");
        assertThat(cli.err).as("in step now: no second catch-up").doesNotContain("Building");
    }

    @Test
    void aReadOnlySecondWindowWithoutAnIndexSearchesNothingAndDoesNotFail() throws Exception {
        Path db = libraryOfThree();
        Path folder = SearchIndex.folderFor(db);
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (AppContext second = new AppContext(db, new Messages(Locale.ENGLISH), true)) {
            assertThat(second.search().search("发展", SearchScope.all(), 10, SearchOrder.RANK).total()).isZero();
            assertThat(second.reconcileIndex((done, total) -> { })).as("a read-only window never writes").isZero();
        }
        assertThat(Files.exists(folder)).isFalse();
    }
}
