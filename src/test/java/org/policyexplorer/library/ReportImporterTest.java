package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.ingest.ImportProblem;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.ingest.ReportParser;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** Import into a real SQLite file: idempotent, complete or not at all, and read back as it was parsed. */
class ReportImporterTest {
    @TempDir
    Path dir;
    private Database db;
    private ReportRepository reports;
    private ReportImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store.db"));
        reports = new ReportRepository(db);
        importer = new ReportImporter(reports);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void importingTheSameReportTwiceGivesOneReport() throws Exception {
        Path file = write("seed.txt", TestReports.seed().getBytes(StandardCharsets.UTF_8));
        ImportResult first = importer.importFile(file);
        ImportResult second = importer.importFile(file);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.report().id()).isEqualTo(first.report().id());
        // the same text in another encoding and with CRLF is the same report
        String crlf = TestReports.seed().replace("\n", "\r\n");
        Path gbk = write("seed-gbk.txt", crlf.getBytes(Charset.forName("GBK")));
        assertThat(importer.importFile(gbk).report().id()).isEqualTo(first.report().id());
        assertThat(reports.list()).hasSize(1);
    }

    @Test
    void theStoredOutlineIsTheParsedOutline() throws Exception {
        ImportResult result = importer.importBytes(TestReports.seed().getBytes(StandardCharsets.UTF_8), "seed.txt");
        ReportDocument doc = reports.load(result.report().id()).orElseThrow();
        List<Section> parsed = new ReportParser().parse(TestReports.seed()).parts();
        assertThat(strip(doc.parts())).isEqualTo(strip(parsed));
        assertThat(doc.report().title()).isEqualTo("通州区2018年政府工作报告");
        assertThat(doc.report().sourceEncoding()).isEqualTo("UTF-8");
        assertThat(doc.allSections()).allSatisfy(s -> assertThat(s.id()).isPositive());
    }

    @Test
    void everyCorpusReportImportsAndReadsBack() throws Exception {
        for (String name : TestReports.CORPUS) {
            ImportResult result = importer.importBytes(TestReports.bytes("/corpus/" + name), name);
            ReportDocument doc = reports.load(result.report().id()).orElseThrow();
            assertThat(doc.parts()).as(name).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(reports.list()).hasSize(TestReports.CORPUS.length);
    }

    @Test
    void aFileFarTooLargeForAReportIsRefusedWithoutBeingRead() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
        }
        assertRejected(huge, ImportProblem.TOO_LARGE);
        assertThat(reports.list()).isEmpty();
    }

    @Test
    void theSixCorpusReportsImportedTogetherAreAllFoundByOneSearch() throws Exception {
        try (org.policyexplorer.search.SearchIndex index =
                     org.policyexplorer.search.SearchIndex.open(dir.resolve("i.index"))) {
            ReportImporter withIndex = new ReportImporter(new ReportRepository(db, index));
            for (String name : TestReports.CORPUS) {
                withIndex.importBytes(TestReports.bytes("/corpus/" + name), name);
            }
            var result = new org.policyexplorer.search.SearchService(index).search("地区生产总值",
                    org.policyexplorer.search.SearchScope.all(), 500, org.policyexplorer.search.SearchOrder.POSITION);
            assertThat(result.hits().stream().map(h -> h.reportId()).distinct().count()).isEqualTo(6);
        }
    }

    @Test
    void rejectedFilesLeaveTheStoreAsItWas() throws Exception {
        importer.importBytes(TestReports.seed().getBytes(StandardCharsets.UTF_8), "seed.txt");
        int sectionsBefore = count("section");
        assertRejected(write("empty.txt", new byte[0]), ImportProblem.EMPTY);
        assertRejected(write("fake.txt", "%PDF-1.4\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)), ImportProblem.CORRUPT);
        assertRejected(write("nul.txt", "abc\u0000def".getBytes(StandardCharsets.UTF_8)), ImportProblem.BINARY);
        assertRejected(dir.resolve("missing.txt"), ImportProblem.UNREADABLE);
        byte[] random = new byte[20_000];
        new java.util.Random(3).nextBytes(random);
        random[0] = 1;
        assertRejected(write("random.txt", random), ImportProblem.BINARY);
        assertRejected(write("page.html", "<!DOCTYPE html><html><body><nav>首页</nav><p>Hello</p></body></html>"
                .getBytes(StandardCharsets.UTF_8)), ImportProblem.NO_TEXT);
        assertRejected(write("fake.zip.txt", new byte[] {'P', 'K', 3, 4, 20, 0}), ImportProblem.BINARY);
        assertRejected(dir, ImportProblem.UNREADABLE);
        assertThat(reports.list()).hasSize(1);
        assertThat(count("section")).isEqualTo(sectionsBefore);
    }

    @Test
    void aCrashWhileStoringLeavesNoHalfReport() {
        // a trigger fails the tenth section's insert, as a crash in the middle of an import would
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TRIGGER fail_on_tenth AFTER INSERT ON section WHEN NEW.seq = 10 "
                        + "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END");
            }
            return null;
        });
        assertThatThrownBy(() -> importer.importBytes(TestReports.seed().getBytes(StandardCharsets.UTF_8), "s.txt"))
                .hasMessageContaining("simulated crash");
        assertThat(count("report")).isZero();
        assertThat(count("section")).isZero();
    }

    @Test
    void proseWithoutHeadingsIsImportedFlat() throws Exception {
        ImportResult result = importer.importBytes("第一段文字，没有标题。\n第二段文字，也没有标题。".getBytes(StandardCharsets.UTF_8),
                "notes.txt");
        assertThat(result.structured()).isFalse();
        assertThat(result.report().title()).isEqualTo("notes");
    }

    @Test
    void aDeletedReportCanBeBroughtBackOrReimportedAndMetadataCorrected() throws Exception {
        long id = importer.importBytes(TestReports.seed().getBytes(StandardCharsets.UTF_8), "seed.txt").report().id();
        assertThat(reports.markDeleted(id)).isTrue();
        assertThat(reports.list()).isEmpty();
        assertThat(reports.load(id)).isEmpty();
        assertThat(reports.undoDelete(id)).isTrue();
        assertThat(reports.list()).extracting(org.policyexplorer.domain.Report::id).containsExactly(id);
        reports.markDeleted(id);
        // importing the same text again brings the deleted report back, not a copy
        ImportResult again = importer.importBytes(TestReports.seed().getBytes(StandardCharsets.UTF_8), "seed.txt");
        assertThat(again.report().id()).isEqualTo(id);
        assertThat(again.created()).isTrue();
        var corrected = reports.updateMetadata(id, "通州区2018年政府工作报告（修订）", "南通市通州区", 2018);
        assertThat(corrected.place()).isEqualTo("南通市通州区");
        assertThat(reports.counts().get(id)[0]).isPositive();
    }

    private void assertRejected(Path file, ImportProblem problem) {
        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private int count(String table) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Sections without store ids, to compare a stored outline with a parsed one. */
    private static List<Section> strip(List<Section> sections) {
        return sections.stream().map(s -> s.withId(0, strip(s.children()))).toList();
    }
}
