package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.InstanceLock;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.StoreException;

/** Crashes, damaged files and a second window: the library survives each. */
class LibrarySafetyTest {
    @TempDir
    Path dir;

    @Test
    void killingAnImportAtAnyMomentLeavesTheStoreAsItWasOrWithOneWholeReport() throws Exception {
        Path db = dir.resolve("kill.db");
        try (AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            context.library().latestOrSeed();
        }
        Path big = dir.resolve("big.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 3_000_000; i++) {
            text.append(TestReports.seed().replace("通州区", "第" + i + "区")).append('\n');
        }
        Files.writeString(big, text, StandardCharsets.UTF_8);

        for (int delayMs : List.of(900, 1600, 2600)) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.policyexplorer.Main",
                    "--db", db.toString(), "import", big.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + delayMs + ".log").toFile()).start();
            boolean finished = child.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no rollback
            }
            try (Database store = Database.open(db)) {
                assertThat(query(store, "PRAGMA integrity_check")).isEqualTo("ok");
                int reports = Integer.parseInt(query(store, "SELECT count(*) FROM report"));
                assertThat(reports).isBetween(1, 2);
                // every report there is whole: its outline was written with it
                assertThat(query(store, "SELECT count(*) FROM report r WHERE NOT EXISTS "
                        + "(SELECT 1 FROM section s WHERE s.report_id = r.id)")).isEqualTo("0");
            }
            assertIndexInStepAfterTheNextStart(db);
        }
    }

    @Test
    void aKillAfterTheStoreCommittedAndBeforeTheIndexDidIsMadeGoodAtTheNextStart() throws Exception {
        Path db = dir.resolve("index-behind.db");
        try (AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            context.library().latestOrSeed();
        }
        Path marker = dir.resolve("after-commit.marker");
        Path report = TestReports.path("/corpus/report_guangdong_2022.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + org.policyexplorer.store.TransactionPause.AFTER_COMMIT + "=" + marker, "-cp",
                System.getProperty("java.class.path"), "org.policyexplorer.Main", "--db", db.toString(), "import",
                report.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("after-commit.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(marker)) {
                assertThat(child.isAlive()).as("child ended before the pause").isTrue();
                assertThat(System.nanoTime()).as("marker within 60 s").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(Files.readString(marker)).startsWith("indexed, not committed: report ");
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: the index never committed
        }
        try (AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            assertThat(context.library().list()).as("the store committed the report").hasSize(2);
            assertThat(context.indexOutOfStep()).as("the index missed it").isEqualTo(1);
        }
        assertIndexInStepAfterTheNextStart(db);
    }

    /**
     * Opening the store as the app does brings the index in step: nothing missing or stale, and each report's
     * own first words found in it exactly as often as its text holds them — no hit pointing nowhere.
     */
    private static void assertIndexInStepAfterTheNextStart(Path db) {
        try (AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            context.reconcileIndex((done, total) -> { });
            assertThat(context.indexOutOfStep()).isZero();
            int sum = 0;
            for (var r : context.library().list()) {
                String text = context.library().document(r.id()).text();
                String word = org.policyexplorer.search.SearchFolding.fold(text.strip().substring(0, 4));
                var everywhere = context.search().search(word, org.policyexplorer.search.SearchScope.report(r.id()),
                        10_000, org.policyexplorer.search.SearchOrder.POSITION);
                assertThat(everywhere.total()).as("%s in report %d", word, r.id())
                        .isEqualTo(org.policyexplorer.TestReports.occurrences(
                                org.policyexplorer.search.SearchFolding.fold(text), word));
                sum += everywhere.total();
            }
            var all = context.search().search("的", org.policyexplorer.search.SearchScope.all(), 10_000,
                    org.policyexplorer.search.SearchOrder.POSITION);
            java.util.Set<Long> live = new java.util.HashSet<>();
            context.library().list().forEach(r -> live.add(r.id()));
            assertThat(all.hits()).allSatisfy(h -> assertThat(live).contains(h.reportId()));
            assertThat(sum).isPositive();
        }
    }

    @Test
    void aKillInsideTheOpenImportTransactionLeavesTheStoreAsItWas() throws Exception {
        Path db = dir.resolve("paused.db");
        long seedId;
        String seedText;
        try (AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            seedId = context.library().latestOrSeed().id();
            ReportDocument seed = context.library().load(seedId).orElseThrow();
            seedText = seed.text();
            context.annotations().createByQuote(seed, "河长制", 1, "written before the kill", List.of("生态"), null);
            context.settings().putAll(Map.of("k", "v"));
        }
        String before = rowCounts(db);
        Path marker = dir.resolve("in-transaction.marker");
        Path report = TestReports.path("/corpus/report_guangdong_2022.txt");
        // store.TransactionPause: the child writes the marker from inside the import's open write transaction,
        // with the report, its outline and its index rows written, and waits there
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpe.test.pauseInTransaction=" + marker, "-cp", System.getProperty("java.class.path"),
                "org.policyexplorer.Main", "--db", db.toString(), "import", report.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("paused-child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(marker)) {
                assertThat(child.isAlive()).as("child ended before the pause: %s",
                        Files.exists(dir.resolve("paused-child.log")) ? Files.readString(dir.resolve("paused-child.log"))
                                : "").isTrue();
                assertThat(System.nanoTime()).as("marker within 60 s").isLessThan(deadline);
                Thread.sleep(20);
            }
            // the seed and the new report: the import's own transaction sees its uncommitted row
            assertThat(Files.readString(marker)).isEqualTo("reports in transaction 2\n");
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no rollback
        }
        assertThat(child.isAlive()).isFalse();
        assertThat(db.resolveSibling(db.getFileName() + "-wal")).as("the child died with the store open").exists();

        try (Database store = Database.open(db)) {
            assertThat(query(store, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(rowCounts(store)).as("nothing of the import, everything from before").isEqualTo(before);
        }
        try (AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            assertThat(context.annotations().list(seedId, "生态")).extracting(a -> a.note())
                    .containsExactly("written before the kill");
            assertThat(context.settings().get("k")).contains("v");
            assertThat(context.search().search("招商", org.policyexplorer.search.SearchScope.report(seedId), 10,
                    org.policyexplorer.search.SearchOrder.RANK).total())
                    .isEqualTo(org.policyexplorer.TestReports.occurrences(seedText, "招商"));
            // the rolled-back import leaves nothing in the way of doing it again
            assertThat(context.library().importOne(report).created()).isTrue();
            assertThat(context.library().list()).hasSize(2);
        }
    }

    @Test
    void aDamagedStoreIsSetAsideAndAFreshOneOpened() throws Exception {
        Path db = dir.resolve("damaged.db");
        Files.write(db, "this is not a SQLite database, just some bytes where one should be".repeat(100)
                .getBytes(StandardCharsets.UTF_8));
        try (AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            assertThat(context.setAside()).isNotNull();
            assertThat(Files.readString(context.setAside())).startsWith("this is not a SQLite database");
            assertThat(context.library().latestOrSeed().title()).isEqualTo("通州区2018年政府工作报告");
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("damaged.db.damaged-"));
    }

    @Test
    void aSecondWindowFindsTheLockHeldAndReadsWithoutWriting() throws Exception {
        Path db = dir.resolve("shared.db");
        try (InstanceLock first = InstanceLock.tryAcquire(db);
             AppContext context = new AppContext(db, new Messages(Locale.ENGLISH))) {
            assertThat(first).isNotNull();
            long id = context.library().latestOrSeed().id();
            assertThat(InstanceLock.tryAcquire(db)).isNull();
            try (AppContext second = new AppContext(db, new Messages(Locale.ENGLISH), true)) {
                String text = second.library().load(id).orElseThrow().text();
                assertThat(second.search().search("招商", org.policyexplorer.search.SearchScope.report(id), 10,
                        org.policyexplorer.search.SearchOrder.RANK).total())
                        .isEqualTo(org.policyexplorer.TestReports.occurrences(text, "招商"));
                // a read-only window keeps its settings for the session: nothing reaches the store
                second.settings().putAll(java.util.Map.of("k", "v"));
                assertThat(second.settings().get("k")).isEmpty();
            }
            // the first window goes on writing
            context.settings().putAll(java.util.Map.of("k", "v"));
        }
        try (InstanceLock again = InstanceLock.tryAcquire(db)) {
            assertThat(again).as("released when the first window closes").isNotNull();
        }
    }

    /** How many rows each table that an import or the earlier work writes holds. */
    private static String rowCounts(Path file) {
        try (Database store = Database.open(file)) {
            return rowCounts(store);
        }
    }

    private static String rowCounts(Database store) {
        return query(store, "SELECT 'report ' || (SELECT count(*) FROM report) || ', section ' || (SELECT count(*) "
                + "FROM section) || ', annotation ' || "
                + "(SELECT count(*) FROM annotation) || ', preference ' || (SELECT count(*) FROM preference)");
    }

    private static String query(Database db, String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
