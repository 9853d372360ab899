package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.SourceFormat;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/**
 * Five corpus reports as a Word office sends them (.docx with automatic numbering) and as LibreOffice turns
 * that into .doc and .pdf, plus a PDF printed from Chromium, a .docx saved again by LibreOffice and a whole saved
 * web page (src/test/resources/formats, see its README): each imports to the outline labelled for its
 * plain-text twin (place, year, level, every part's role, year and chapter count), and to the same text apart
 * from white space — exactly for Word and web pages, within 0.5% of the characters for PDF.
 */
class DocumentFormatsTest {
    static final List<String> REPORTS = List.of("report_district_hailar_2013", "report_county_xushui_2012",
            "report_national_1985", "report_jiangxi_2026", "report_hebei_2026");
    /** Files beyond the five reports' .docx, .doc and .pdf, each with its plain-text twin. */
    static final Map<String, String> OTHERS = Map.of(
            "report_yunnan_2026.docx", "report_yunnan_2026",
            "report_yunnan_2026.libreoffice.docx", "report_yunnan_2026",
            "report_county_xushui_2012.chromium.pdf", "report_county_xushui_2012",
            "report_county_xushui_2012.page.html", "report_county_xushui_2012");
    private static Map<String, OutlineExpectation> labels;

    @TempDir
    Path dir;
    private Database db;
    private ReportImporter importer;
    private ReportRepository reports;

    @BeforeAll
    static void labels() throws Exception {
        labels = new LinkedHashMap<>(OutlineExpectation.read(TestReports.path("/labelled/expected.json")));
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("formats.db"));
        reports = new ReportRepository(db);
        importer = new ReportImporter(reports);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Map<String, String> fixtures() {
        Map<String, String> all = new LinkedHashMap<>();
        for (String report : REPORTS) {
            for (String ext : List.of("docx", "doc", "pdf")) {
                all.put(report + "." + ext, report);
            }
        }
        all.putAll(OTHERS);
        return all;
    }

    @Test
    void everyFormatGivesTheOutlineLabelledForItsTextTwin() throws Exception {
        Map<String, OutlineExpectation> expected = new LinkedHashMap<>();
        fixtures().forEach((file, twin) -> {
            OutlineExpectation label = labels.get(twin + ".txt");
            expected.put(file, new OutlineExpectation(file, label.place(), label.year(), label.level(), label.parts()));
        });
        List<OutlineCheck.Result> results = new OutlineCheck().run(TestReports.path("/formats"), expected);
        results.forEach(r -> System.out.println((r.right() ? "ok    " : "WRONG ") + r.file() + " " + r.differences()));
        assertThat(results).hasSize(expected.size())
                .allSatisfy(r -> assertThat(r.differences()).as(r.file()).isEmpty());
    }

    @Test
    void wordAndWebPagesGiveTheTextOfTheTwinAndPdfWithinHalfAPercent() throws Exception {
        for (Map.Entry<String, String> fixture : fixtures().entrySet()) {
            String file = fixture.getKey();
            String twin = TextDifference.withoutSpace(stored(TestReports.corpus(fixture.getValue() + ".txt")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), fixture.getValue() + ".txt"));
            String text = TextDifference.withoutSpace(stored(TestReports.bytes("/formats/" + file), file));
            double share = TextDifference.share(twin, text);
            System.out.printf("%-45s %6d chars, %5d differ (%.3f%%)%n", file, twin.length(),
                    TextDifference.distance(twin, text), share * 100);
            if (file.endsWith(".pdf")) {
                assertThat(share).as(file).isLessThanOrEqualTo(0.005);
            } else {
                assertThat(text).as(file).isEqualTo(twin);
            }
        }
    }

    @Test
    void theLibraryKnowsEachFilesFormat() throws Exception {
        Map<String, SourceFormat> formats = Map.of("report_hebei_2026.docx", SourceFormat.DOCX,
                "report_hebei_2026.doc", SourceFormat.DOC, "report_hebei_2026.pdf", SourceFormat.PDF,
                "report_county_xushui_2012.page.html", SourceFormat.HTML);
        for (Map.Entry<String, SourceFormat> e : formats.entrySet()) {
            // each format of the same report is a report of its own only where its text differs; read each alone
            Database fresh = Database.open(dir.resolve(e.getKey() + ".db"));
            try (fresh) {
                ReportImporter one = new ReportImporter(new ReportRepository(fresh));
                var report = one.importBytes(TestReports.bytes("/formats/" + e.getKey()), e.getKey()).report();
                assertThat(SourceFormat.of(report.sourceEncoding())).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    private String stored(byte[] bytes, String name) throws Exception {
        long id = importer.importBytes(bytes, name).report().id();
        return reports.load(id).orElseThrow().text();
    }

    /** How far two texts are apart, counted in characters. */
    static final class TextDifference {
        private TextDifference() {
        }

        static String withoutSpace(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                    .forEach(out::appendCodePoint);
            return out.toString();
        }

        /** The Levenshtein distance of the two texts' diff: characters inserted, deleted or changed. */
        static int distance(String expected, String actual) {
            DiffMatchPatch dmp = new DiffMatchPatch();
            dmp.diffTimeout = 0;
            return dmp.diffLevenshtein(dmp.diffMain(expected, actual, false));
        }

        static double share(String expected, String actual) {
            return expected.isEmpty() ? (actual.isEmpty() ? 0 : 1) : (double) distance(expected, actual) / expected.length();
        }
    }

    static Path copy(Path dir, String resource) throws Exception {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        Files.write(file, TestReports.bytes(resource));
        return file;
    }
}
