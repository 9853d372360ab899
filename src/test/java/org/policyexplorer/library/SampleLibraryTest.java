package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.domain.Report;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** The sample library: every bundled report is there with its source, imports, and imports only once. */
class SampleLibraryTest {
    @TempDir
    Path dir;
    private Database db;
    private LibraryService library;
    private final SampleLibrary samples = SampleLibrary.bundled();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store.db"));
        library = new LibraryService(new ReportRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theManifestNamesEveryBundledReportWithItsSource() throws Exception {
        Path corpus = Path.of(SampleLibraryTest.class.getResource("/corpus").toURI());
        List<String> bundled;
        try (Stream<Path> files = Files.list(corpus)) {
            bundled = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("report_")).sorted().toList();
        }
        assertThat(bundled).hasSize(43);
        assertThat(samples.samples()).extracting(SampleLibrary.Sample::file).containsExactlyElementsOf(bundled);
        for (SampleLibrary.Sample s : samples.samples()) {
            SampleLibrary.Source source = s.source();
            assertThat(source.repository()).as(s.file()).matches("[\\w.-]+/[\\w.-]+");
            assertThat(source.commit()).as(s.file()).matches("[0-9a-f]{40}");
            assertThat(source.path()).as(s.file()).isNotBlank();
            assertThat(source.url()).as(s.file()).startsWith("https://github.com/" + source.repository() + "/blob/"
                    + source.commit() + "/" + source.path().split(" \\(")[0]);
            assertThat(source.cleanup()).as(s.file()).isNotBlank().doesNotStartWith("as above");
            assertThat(s.reportLevel()).as(s.file()).isNotNull();
            assertThat(s.place()).as(s.file()).isNotBlank();
            assertThat(s.year()).as(s.file()).isBetween(1982, 2026);
            assertThat(samples.open(s)).as(s.file()).isEqualTo(Files.readAllBytes(corpus.resolve(s.file())));
        }
    }

    @Test
    void everySampleImportsAsLabelledAndASecondImportAddsNothing() {
        List<Integer> told = new java.util.ArrayList<>();
        SampleImport.Outcome first = library.importSamples(new SampleProgress() {
            @Override
            public void report(SampleLibrary.Sample next, int done, int total, SampleImport.Outcome soFar) {
                assertThat(soFar.reports()).hasSize(done);
                told.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        int n = samples.samples().size();
        assertThat(first.failed()).isEmpty();
        assertThat(first.cancelled()).isFalse();
        assertThat(first.imported()).isEqualTo(n);
        assertThat(told).hasSize(n + 1).endsWith(n);
        assertThat(library.list()).hasSize(n);
        // place, level and year read from each text are those a reader gives it in the manifest
        for (SampleImport.Imported i : first.reports()) {
            Report r = i.report();
            assertThat(r.sourceName()).isEqualTo(i.sample().file());
            assertThat(r.place()).as(i.sample().file()).isEqualTo(i.sample().place());
            assertThat(r.year()).as(i.sample().file()).isEqualTo(i.sample().year());
            assertThat(r.level()).as(i.sample().file()).isEqualTo(i.sample().reportLevel());
            assertThat(library.document(r.id()).parts()).as(i.sample().file()).isNotEmpty();
        }

        SampleImport.Outcome second = library.importSamples(SampleProgress.QUIET);
        assertThat(second.imported()).isZero();
        assertThat(second.skipped()).isEqualTo(n);
        assertThat(library.list()).hasSize(n);
        Map<String, Long> ids = first.reports().stream().collect(Collectors.toMap(i -> i.sample().file(),
                i -> i.report().id()));
        assertThat(second.reports()).allSatisfy(i -> assertThat(i.report().id()).isEqualTo(ids.get(i.sample().file())));
    }

    @Test
    void aCancelKeepsTheSamplesImportedBeforeItAndTheRestFollowLater() {
        AtomicInteger asked = new AtomicInteger();
        SampleImport.Outcome cancelled = library.importSamples(new SampleProgress() {
            @Override
            public void report(SampleLibrary.Sample next, int done, int total, SampleImport.Outcome soFar) {
                // nothing to show
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 5;
            }
        });
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.imported()).isEqualTo(5);
        assertThat(library.list()).extracting(Report::sourceName)
                .containsExactlyElementsOf(samples.samples().stream().limit(5).map(SampleLibrary.Sample::file).toList());

        SampleImport.Outcome rest = library.importSamples(SampleProgress.QUIET);
        assertThat(rest.skipped()).isEqualTo(5);
        assertThat(rest.imported()).isEqualTo(samples.samples().size() - 5);
        assertThat(library.list().stream().map(Report::sha256).distinct().count()).isEqualTo(samples.samples().size());
        assertThat(library.list().stream().collect(Collectors.groupingBy(Report::sourceName, Collectors.counting())))
                .allSatisfy((file, count) -> assertThat(count).as(file).isEqualTo(1L));
    }
}
