package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/**
 * A PDF of 105 pages — the 35 of LibreOffice's jiangxi 2026 three times over, sharing their fonts — imports
 * whole: every page's text is there once per copy, and no running head or page number is left. (Time and memory
 * of the command line on a real 100-page PDF are measured by hand: scripts/fixtures/make-100-page-pdf.sh.)
 */
class LargePdfTest {
    @TempDir
    Path dir;

    @Test
    void aHundredPagePdfImportsWhole() throws Exception {
        byte[] pdf;
        int pages;
        try (PDDocument source = Loader.loadPDF(TestReports.bytes("/formats/report_jiangxi_2026.pdf"));
             PDDocument big = new PDDocument()) {
            for (int copy = 0; copy < 3; copy++) {
                for (PDPage page : source.getPages()) {
                    big.importPage(page);
                }
            }
            pages = big.getNumberOfPages();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            big.save(out);
            pdf = out.toByteArray();
        }
        assertThat(pages).isEqualTo(105);
        String report = TestReports.corpus("report_jiangxi_2026.txt");
        String lastLine = report.strip().lines().reduce((a, b) -> b).orElseThrow();
        try (Database db = Database.open(dir.resolve("large.db"))) {
            ReportRepository reports = new ReportRepository(db);
            long started = System.nanoTime();
            long id = new ReportImporter(reports).importBytes(pdf, "jiangxi-x3.pdf").report().id();
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.println("105 pages imported in " + ms + " ms");
            String text = reports.load(id).orElseThrow().text();
            assertThat(TestReports.occurrences(text, lastLine)).isEqualTo(3);
            assertThat(TestReports.occurrences(text, "2026年江西省政府工作报告"))
                    .isEqualTo(3 * TestReports.occurrences(report, "2026年江西省政府工作报告"));
            assertThat(text).doesNotContainPattern("(?m)^— \\d+ —$");
            assertThat(ms).as("a loose bound: minutes would mean something quadratic").isLessThan(60_000);
        }
    }
}
