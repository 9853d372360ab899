package org.policyexplorer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.library.SeedReport;
import org.policyexplorer.search.SearchIndex;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** Times the import of the bundled report (decode, parse, store, index) into a fresh store, several times. */
public final class ImportBenchmark {
    private static final int RUNS = 7;

    /** The times of the first import in this JVM and of the warm ones after it (ms, one decimal). */
    public record Result(int runs, double firstMs, double medianMs, double maxMs) {
    }

    public Result run() {
        byte[] seed = seedBytes();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Path dir = tempDir();
            Path file = dir.resolve("import.db");
            try (Database db = Database.open(file); SearchIndex index = SearchIndex.open(SearchIndex.folderFor(file))) {
                ReportImporter importer = new ReportImporter(new ReportRepository(db, index));
                long t0 = System.nanoTime();
                importer.importBytes(seed, "seed.txt");
                index.commit(); // stored and searchable on disk, as the window has it a moment after
                times[i] = (System.nanoTime() - t0) / 1e6;
            } catch (ImportRejectedException e) {
                throw new IllegalStateException(e);
            }
        }
        double[] warm = Arrays.copyOfRange(times, 1, RUNS);
        return new Result(RUNS, round(times[0]), round(SearchBenchmark.percentile(warm, 50)),
                round(Arrays.stream(warm).max().orElse(0)));
    }

    private static byte[] seedBytes() {
        try (InputStream in = ImportBenchmark.class.getResourceAsStream(SeedReport.RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("pe-import");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
