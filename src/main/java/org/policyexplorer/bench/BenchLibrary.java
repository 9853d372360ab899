package org.policyexplorer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.policyexplorer.domain.Report;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.search.SearchFolding;
import org.policyexplorer.search.SearchIndex;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/**
 * A synthetic library of N distinct reports in a temp folder, built as the app builds one (import, store, index
 * after each commit, compact after the batch), with its search rows also in a plain table for a scan to read.
 */
final class BenchLibrary implements AutoCloseable {
    final Path dir;
    final Database db;
    final SearchIndex index;
    final ReportRepository reports;
    final long buildMs;
    /** Every search row's text, in order. */
    final List<String> rows = new ArrayList<>();

    BenchLibrary(int reportCount, IntConsumer progress) {
        try {
            dir = Files.createTempDirectory("pe-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve("bench.db");
        db = Database.open(file);
        index = SearchIndex.open(SearchIndex.folderFor(file));
        reports = new ReportRepository(db, index);
        ReportImporter importer = new ReportImporter(reports);
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        long buildStart = System.nanoTime();
        for (int n = 1; n <= reportCount; n++) {
            try {
                importer.importBytes(corpus.report(n).getBytes(StandardCharsets.UTF_8), "synthetic-" + n + ".txt");
            } catch (ImportRejectedException e) {
                throw new IllegalStateException(e);
            }
            if (n % 100 == 0) {
                progress.accept(n);
            }
        }
        index.commit();
        index.compact(); // as the app does after any batch of imports
        buildMs = (System.nanoTime() - buildStart) / 1_000_000;
        writeScanRows();
    }

    /** {@code bench_row}: every search row with its report and folded text, for the plain scan. */
    private void writeScanRows() {
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE bench_row (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL, "
                        + "text TEXT NOT NULL, norm TEXT NOT NULL)");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO bench_row (report_id, text, norm) VALUES (?, ?, ?)")) {
                for (Report r : reports.list()) {
                    for (String row : SearchIndex.rowTexts(reports.load(r.id()).orElseThrow())) {
                        rows.add(row);
                        ps.setLong(1, r.id());
                        ps.setString(2, row);
                        ps.setString(3, SearchFolding.fold(row));
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        index.close();
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
