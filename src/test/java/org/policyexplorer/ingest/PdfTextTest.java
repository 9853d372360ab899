package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;

/** What PDFBox's text of a report's PDF needs before it reads like the report. */
class PdfTextTest {
    private static String withoutSpace(String s) {
        return s.replaceAll("[\\s\\u3000]", "");
    }

    @Test
    void kangxiRadicalsInTheTextLayerBecomeTheCharactersSearchLooksFor() throws Exception {
        byte[] kangxi = TestReports.bytes("/formats/kangxi.pdf");
        String layer;
        try (PDDocument doc = Loader.loadPDF(kangxi)) {
            layer = new PDFTextStripper().getText(doc);
        }
        // the fixture's text layer really holds the radicals: ⼈民 (U+2F08), ⼯作 (U+2F2F)
        assertThat(layer).contains("⼈民", "⼯作").doesNotContain("人民");
        String text = PdfText.extract(kangxi, "kangxi.pdf").text();
        assertThat(text).contains("人民政府", "工作报告").doesNotContainPattern("[\\u2F00-\\u2FDF]");
        // and it is the text of the same two pages without radicals
        String whole = PdfText.extract(TestReports.bytes("/formats/report_district_hailar_2013.pdf"), "h.pdf").text();
        assertThat(withoutSpace(whole)).startsWith(withoutSpace(text));
    }

    @Test
    void runningHeadsAndPageNumbersAreDroppedAndTheRestKept() throws Exception {
        // LibreOffice's PDF: the title on top of every page, "— n —" at its foot
        String text = PdfText.extract(TestReports.bytes("/formats/report_hebei_2026.pdf"), "hebei.pdf").text();
        String report = TestReports.corpus("report_hebei_2026.txt");
        String title = report.lines().findFirst().orElseThrow();
        assertThat(TestReports.occurrences(text, title)).isEqualTo(TestReports.occurrences(report, title));
        assertThat(text).doesNotContainPattern("(?m)^— \\d+ —$");
        // Chromium's: date and title on top, file address and n/12 at the foot
        String printed = PdfText.extract(TestReports.bytes("/formats/report_county_xushui_2012.chromium.pdf"), "x.pdf")
                .text();
        assertThat(printed).doesNotContain("file://", "PM").doesNotContainPattern("(?m)\\d+/12$");
    }

    @Test
    void linesAreJoinedIntoTheParagraphsOfTheText() throws Exception {
        String text = PdfText.extract(TestReports.bytes("/formats/report_national_1985.pdf"), "n.pdf").text();
        List<String> lines = text.lines().map(PdfTextTest::withoutSpace).toList();
        List<String> paragraphs = TestReports.corpus("report_national_1985.txt").lines()
                .map(PdfTextTest::withoutSpace).filter(l -> !l.isEmpty()).toList();
        long found = paragraphs.stream().filter(lines::contains).count();
        // each paragraph of the text is a line of the PDF's, but where a line the page width broke opens with an
        // outline number (（1）, 2.): the rule keeps such a line apart, as it keeps headings apart
        assertThat(found).isGreaterThanOrEqualTo(paragraphs.size() * 9 / 10);
        assertThat(lines.size()).isBetween(paragraphs.size(), paragraphs.size() * 11 / 10);
    }

    @Test
    void noSpaceIsLeftBetweenHanCharactersNorBetweenHanAndDigits() throws Exception {
        String text = PdfText.extract(TestReports.bytes("/formats/report_jiangxi_2026.pdf"), "j.pdf").text();
        // LibreOffice spaces Han characters from digits by layout, not by a space character
        assertThat(text).doesNotContainPattern("\\p{IsHan} +\\p{IsHan}").contains("2025年");
        assertThat(TestReports.occurrences(text, "2025年"))
                .isEqualTo(TestReports.occurrences(TestReports.corpus("report_jiangxi_2026.txt"), "2025年"));
    }
}
