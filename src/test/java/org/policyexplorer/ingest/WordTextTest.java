package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;

/** Word's list numbers counted again, and the odd characters of a .doc's text. */
class WordTextTest {
    private static final ListNumbers.Level[] OUTLINE = {
        new ListNumbers.Level(1, "chineseCounting", "%1、", false),
        new ListNumbers.Level(1, "chineseCounting", "（%2）", false),
        new ListNumbers.Level(1, "decimal", "%3.", false),
        new ListNumbers.Level(1, "decimal", "%1.%2.%3", true),
    };

    @Test
    void numbersInWordsFormats() {
        // Chinese counting as a reader writes the numbers out
        assertThat(List.of(1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1001))
                .extracting(n -> ListNumbers.format(n, "chineseCounting"))
                .containsExactly("一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十",
                        "一千零一");
        assertThat(ListNumbers.format(3, "decimalEnclosedCircle")).isEqualTo("③");
        assertThat(ListNumbers.format(14, "upperRoman")).isEqualTo("XIV");
        assertThat(ListNumbers.format(28, "lowerLetter")).isEqualTo("bb");
        assertThat(ListNumbers.format(2, "ideographTraditional")).isEqualTo("乙");
        assertThat(ListNumbers.format(12, "chineseLegalSimplified")).isEqualTo("拾贰");
        assertThat(ListNumbers.format(2025, "ideographDigital")).isEqualTo("二〇二五");
        assertThat(ListNumbers.docFormat(39)).isEqualTo("chineseCountingThousand");
        assertThat(ListNumbers.docFormat(0)).isEqualTo("decimal");
    }

    @Test
    void aLevelCountsOnAndADeeperOneStartsAgainAfterIt() {
        ListNumbers lists = new ListNumbers();
        List<String> labels = List.of(0, 1, 1, 2, 2, 1, 0, 1, 3).stream()
                .map(level -> lists.next("list", "num1", Map.of(), OUTLINE, level)).toList();
        assertThat(labels).containsExactly("一、", "（一）", "（二）", "1.", "2.", "（三）", "二、", "（一）", "2.1.1");
    }

    @Test
    void instancesOfOneListShareItsCountersAndAnOverrideRestartsOnFirstUse() {
        ListNumbers lists = new ListNumbers();
        assertThat(lists.next("a", "n1", Map.of(), OUTLINE, 0)).isEqualTo("一、");
        assertThat(lists.next("a", "n1", Map.of(), OUTLINE, 1)).isEqualTo("（一）");
        // LibreOffice's .docx: another instance, a start of 4 for level 2, then one instance per paragraph
        assertThat(lists.next("a", "n2", Map.of(1, 4), OUTLINE, 1)).isEqualTo("（四）");
        assertThat(lists.next("a", "n3", Map.of(), OUTLINE, 1)).isEqualTo("（五）");
        assertThat(lists.next("a", "n2", Map.of(1, 4), OUTLINE, 1)).as("the override counts once").isEqualTo("（六）");
        assertThat(lists.next("a", "n4", Map.of(), OUTLINE, 0)).isEqualTo("二、");
        // another list counts on its own
        assertThat(lists.next("b", "m1", Map.of(), OUTLINE, 0)).isEqualTo("一、");
    }

    @Test
    void aDocParagraphShowsFieldResultsNotCodes() {
        assertThat(WordText.docText("第\u0013 PAGE \u00143\u0015页\r")).isEqualTo("第3页");
        assertThat(WordText.docText("见\u0013 HYPERLINK \"x\" \u0014\u0013 REF a \u0014附件\u0015\u0015。\u0007"))
                .isEqualTo("见附件。");
        assertThat(WordText.docText("一行\u000b二行\u001e三\u00a0四\u0001")).isEqualTo("一行\n二行-三 四");
    }

    @Test
    void numberingThatComesFromTheHeadingStylesCountsToo() throws Exception {
        // as Word writes a multilevel list linked to its heading styles: the numbering is in styles.xml
        byte[] direct = TestReports.bytes("/formats/report_hebei_2026.docx");
        byte[] byStyle = replace(replace(direct, "word/document.xml", xml -> xml
                        .replaceAll("(<w:pStyle w:val=\"Heading[12]\"/>)<w:numPr>.*?</w:numPr>", "$1")),
                "word/styles.xml", xml -> xml
                        .replace("<w:outlineLvl w:val=\"0\"/>", "<w:outlineLvl w:val=\"0\"/><w:numPr><w:ilvl w:val=\"0\"/>"
                                + "<w:numId w:val=\"1\"/></w:numPr>")
                        .replace("<w:outlineLvl w:val=\"1\"/>", "<w:outlineLvl w:val=\"1\"/><w:numPr><w:ilvl w:val=\"1\"/>"
                                + "<w:numId w:val=\"1\"/></w:numPr>"));
        String byStyleXml = part(byStyle, "word/document.xml");
        assertThat(byStyleXml).as("the headings lost their own numbering")
                .doesNotContainPattern("Heading1\"/><w:numPr>");
        String expected = WordText.docx(direct, "direct.docx").text();
        assertThat(expected).contains("一、“十四五”时期经济社会发展回顾", "（一）");
        assertThat(WordText.docx(byStyle, "style.docx").text()).isEqualTo(expected);
    }

    @Test
    void aTablesRowsBecomeLinesOfCells() throws Exception {
        // formats/table.docx: two lines of hebei 2026, a table of its main targets, and its paragraph 32
        List<String> rows = List.of("指标\t2026年预期目标\t说明", "地区生产总值\t增长5%以上\t主要预期目标",
                "一般公共预算收入\t增长2%左右\t主要预期目标");
        String report = TestReports.corpus("report_hebei_2026.txt");
        assertThat(report).contains("地区生产总值增长5%以上", "一般公共预算收入增长2%左右");
        List<String> paragraphs = report.lines().toList();
        List<String> expected = new java.util.ArrayList<>(paragraphs.subList(0, 2));
        expected.addAll(rows);
        expected.add(paragraphs.get(31));
        for (String file : List.of("table.docx", "table.doc")) {
            String text = new DocumentReader().read(TestReports.bytes("/formats/" + file), file).text();
            assertThat(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()).as(file)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theBytesNotTheNameTellTheFormat() throws Exception {
        DocumentReader reader = new DocumentReader();
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body><div><p>" + "各位代表：现在，我代表市人民政府向大会报告工作。"
                .repeat(3) + "</p></div></body></html>").getBytes(StandardCharsets.UTF_8);
        // Word's "web page" saved as .doc, as many sites serve reports
        assertThat(reader.read(page, "报告.doc").encoding()).startsWith("HTML");
        assertThat(reader.read(TestReports.bytes("/formats/report_hebei_2026.docx"), "报告.zip").encoding())
                .isEqualTo("DOCX");
        assertThat(reader.read(TestReports.bytes("/formats/report_hebei_2026.pdf"), "report").encoding())
                .isEqualTo("PDF");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xlsx)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        assertProblem(() -> reader.read(xlsx.toByteArray(), "指标.xlsx"), ImportProblem.BINARY);
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "Workbook");
            fs.writeFilesystem(xls);
        }
        assertProblem(() -> reader.read(xls.toByteArray(), "指标.xls"), ImportProblem.BINARY);
        assertProblem(() -> reader.read("%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "a.pdf"),
                ImportProblem.CORRUPT);
        byte[] random = new byte[4096];
        new java.util.Random(14).nextBytes(random);
        random[0] = 7;
        assertProblem(() -> reader.read(random, "report.docx"), ImportProblem.CORRUPT);
        assertProblem(() -> reader.read(random, "report.bin"), ImportProblem.BINARY);
    }

    private interface Read {
        DecodedText run() throws ImportRejectedException;
    }

    private static void assertProblem(Read read, ImportProblem problem) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    private static String part(byte[] docx, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    private static byte[] replace(byte[] docx, String name, UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(name)
                        ? change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : data);
            }
        }
        return out.toByteArray();
    }
}
