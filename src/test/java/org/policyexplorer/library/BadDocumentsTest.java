package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.Messages;
import org.policyexplorer.ingest.ImportProblem;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/**
 * Word and PDF files that cannot become a report: each is refused with its own message in the user's language,
 * naming the file and saying what to do, and the store is exactly as it was — the same reports and sections. The scan, the PDF without ToUnicode maps and the password PDF are fixtures (formats/README.md);
 * the rest are made here from a fixture, as such files come about.
 */
class BadDocumentsTest {
    private static final String DOCX = "/formats/report_hebei_2026.docx";
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    private Database db;
    private ReportRepository reports;
    private ReportImporter importer;
    private int reportsBefore;
    private int sectionsBefore;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("store.db"));
        reports = new ReportRepository(db);
        importer = new ReportImporter(reports);
        importer.importBytes(TestReports.bytes("/formats/report_national_1985.docx"), "national_1985.docx");
        reportsBefore = count("report");
        sectionsBefore = count("section");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aScannedPdfIsRefusedAndTheUserIsToldToOcrIt() throws Exception {
        String zh = refused("scanned.pdf", TestReports.bytes("/formats/scanned.pdf"), ImportProblem.SCANNED);
        assertThat(zh).contains("扫描", "OCR");
    }

    @Test
    void aPdfWhoseFontsHaveNoUnicodeMapIsRefused() throws Exception {
        String zh = refused("no-tounicode.pdf", TestReports.bytes("/formats/no-tounicode.pdf"), ImportProblem.NO_UNICODE);
        assertThat(zh).contains("ToUnicode", "OCR");
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws Exception {
        assertThat(refused("password.pdf", TestReports.bytes("/formats/password.pdf"), ImportProblem.ENCRYPTED))
                .contains("密码");
    }

    @Test
    void aPasswordProtectedDocxIsRefused() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(TestReports.bytes(DOCX)));
             OutputStream os = encryptor.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        fs.close();
        assertThat(refused("locked.docx", encrypted.toByteArray(), ImportProblem.ENCRYPTED)).contains("密码");
    }

    @Test
    void aDocxThatIsAZipOfSomethingElseOrIsCutShortIsRefusedAsDamaged() throws Exception {
        ByteArrayOutputStream notWord = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(notWord)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("这不是 Word 文档".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("photos/1.jpg"));
            zip.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        }
        refused("report.docx", notWord.toByteArray(), ImportProblem.CORRUPT);
        refused("garbled.docx", replacePart(TestReports.bytes(DOCX), "word/document.xml",
                x -> "<w:document><w:body><w:p>未闭合".getBytes(StandardCharsets.UTF_8)), ImportProblem.CORRUPT);
        byte[] whole = TestReports.bytes(DOCX);
        refused("cut.docx", java.util.Arrays.copyOf(whole, whole.length / 2), ImportProblem.CORRUPT);
    }

    @Test
    void aZipBombNamedDocxIsRefusedBeforeItIsUnpacked() throws Exception {
        // a .docx whose document.xml unpacks to 64 MB of one letter: 1,000 times what its zip holds
        byte[] bomb = replacePart(TestReports.bytes(DOCX), "word/document.xml", x -> {
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            xml.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas"
                    + ".openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "啊".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < (64 << 20) / chunk.length; i++) {
                xml.writeBytes(chunk);
            }
            xml.writeBytes("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            return xml.toByteArray();
        });
        assertThat(bomb.length).isLessThan(1 << 20);
        long started = System.nanoTime();
        refused("bomb.docx", bomb, ImportProblem.UNPACKS_TOO_LARGE);
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms to refuse").isLessThan(10_000);
    }

    @Test
    void aDocxWhoseXmlDeclaresAnExternalEntityNeverReadsIt() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密标记XYZZY");
        String entity = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] inDocument = replacePart(TestReports.bytes(DOCX), "word/document.xml", xml -> {
            String s = new String(xml, StandardCharsets.UTF_8);
            int root = s.indexOf("<w:document");
            return (s.substring(0, root) + entity + s.substring(root).replace("各位代表", "各位代表&xxe;"))
                    .getBytes(StandardCharsets.UTF_8);
        });
        refused("xxe.docx", inDocument, ImportProblem.CORRUPT);
        byte[] inContentTypes = replacePart(TestReports.bytes(DOCX), "[Content_Types].xml", xml -> {
            String s = new String(xml, StandardCharsets.UTF_8);
            int root = s.indexOf("<Types");
            return (s.substring(0, root) + entity.replace("w:document", "Types") + s.substring(root))
                    .getBytes(StandardCharsets.UTF_8);
        });
        refused("xxe-types.docx", inContentTypes, ImportProblem.CORRUPT);
        int withSecret = db.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM report WHERE body LIKE '%XYZZY%'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(withSecret).isZero();
    }

    @Test
    void anRtfFileNamedDocIsRefusedWithWhatToDo() throws Exception {
        byte[] rtf = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}"
                + "\\f0\\fs32 \\'d5\\'fe\\'b8\\'ae\\'b9\\'a4\\'d7\\'f7\\'b1\\'a8\\'b8\\'e6\\par}")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(refused("report.doc", rtf, ImportProblem.RTF)).contains("RTF", ".docx");
    }

    @Test
    void aPdfOfTwoThousandPagesIsRefusedWithoutReadingIt() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2000; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(pdf);
        }
        assertThat(refused("collection.pdf", pdf.toByteArray(), ImportProblem.TOO_MANY_PAGES)).contains("1000");
    }

    /**
     * Imports the file, expects the refusal, and checks the store is as it was; returns the Chinese message,
     * which (as the English one) names the file and shows no exception.
     */
    private String refused(String name, byte[] bytes, ImportProblem problem) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        assertThatThrownBy(() -> importer.importFile(file)).as(name).isInstanceOfSatisfying(
                ImportRejectedException.class, e -> assertThat(e.problem()).as(name).isEqualTo(problem));
        assertThat(count("report")).as("reports after " + name).isEqualTo(reportsBefore);
        assertThat(count("section")).as("sections after " + name).isEqualTo(sectionsBefore);
        ImportRejectedException e = new ImportRejectedException(problem, name, "detail");
        String zh = ErrorMessages.describe(ZH, e);
        String en = ErrorMessages.describe(EN, e);
        assertThat(zh).contains(name).doesNotContain("Exception", "detail", "import.problem");
        assertThat(en).contains(name).doesNotContain("Exception", "detail", "import.problem");
        assertThat(zh.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count())
                .isGreaterThan(10);
        return zh;
    }

    /** A copy of a .docx with one part's bytes made over. */
    private static byte[] replacePart(byte[] docx, String part, UnaryOperator<byte[]> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(part) ? change.apply(data) : data);
            }
        }
        return out.toByteArray();
    }

    private int count(String table) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
