package org.policyexplorer.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.annotate.export.CsvExport;
import org.policyexplorer.annotate.export.MarkdownExport;
import org.policyexplorer.annotate.export.QdpxExport;
import org.policyexplorer.annotate.export.ReportAnnotations;
import org.policyexplorer.annotate.export.W3cAnnotations;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.AnnotationRepository;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** Every export parses back; offsets count code points; a failed export leaves nothing behind. */
class AnnotationExportTest {
    /** Two characters outside the BMP before the annotated passage shift chars, not code points. */
    private static final String TEXT = "𠀀𠀀序言\n2017年工作回顾\n项目建设量质并举。新开工项目10个,实现“河长制”全覆盖。\n"
            + "产业发展提质增效。新兴产业占比39%。";
    @TempDir
    Path dir;
    private Database db;
    private ReportRepository reports;
    private AnnotationService service;
    private ReportDocument doc;
    private Annotation annotation;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("e.db"));
        reports = new ReportRepository(db);
        service = new AnnotationService(new AnnotationRepository(db));
        long id = new ReportImporter(reports).importBytes(TEXT.getBytes(StandardCharsets.UTF_8), "r.txt").report().id();
        doc = reports.load(id).orElseThrow();
        annotation = service.createByQuote(doc, "河长制", 1, "一项制度, \"带引号\"", List.of("生态", "制度"), "#81c784");
        service.createByQuote(doc, "新兴产业占比39%", 1, "", List.of("产业"), null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<ReportAnnotations> sets() {
        return List.of(new ReportAnnotations(doc, service.list(doc.report().id(), null)));
    }

    private int codePoint(int charOffset) {
        return doc.text().codePointCount(0, charOffset);
    }

    @Test
    void csvParsesBackWithCodePointOffsets() throws Exception {
        Path csv = dir.resolve("a.csv");
        CsvExport.write(csv, sets(), Codebook.empty());
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF); // the BOM Excel needs
        String content = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (Reader in = new StringReader(content);
             CSVParser parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(2);
            CSVRecord first = rows.get(0);
            assertThat(first.get("quote")).isEqualTo("河长制");
            assertThat(first.get("note")).isEqualTo("一项制度, \"带引号\"");
            assertThat(first.get("tags")).isEqualTo("制度; 生态");
            assertThat(first.get("section")).isEqualTo("2017年工作回顾 › 项目建设量质并举");
            assertThat(Integer.parseInt(first.get("start"))).isEqualTo(codePoint(annotation.start()))
                    .isEqualTo(annotation.start() - 2);
        }
    }

    @Test
    void w3cJsonLdParsesBackAndRoundTripsWithoutDuplicates() throws Exception {
        Path json = dir.resolve("a.jsonld");
        W3cAnnotations.write(json, sets(), Codebook.empty());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.path("type").asText()).isEqualTo("AnnotationCollection");
        JsonNode item = root.path("first").path("items").get(0);
        assertThat(item.path("type").asText()).isEqualTo("Annotation");
        JsonNode selectors = item.path("target").path("selector");
        assertThat(selectors.get(0).path("type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(selectors.get(0).path("exact").asText()).isEqualTo("河长制");
        assertThat(selectors.get(1).path("type").asText()).isEqualTo("TextPositionSelector");
        assertThat(selectors.get(1).path("start").asInt()).isEqualTo(codePoint(annotation.start()));
        assertThat(item.path("body").findValuesAsText("purpose")).contains("commenting", "tagging");

        AnnotationImporter importer = TestImporters.of(db, reports);
        AnnotationImporter.Result again = importer.importW3c(json);
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        // into a fresh store with the same report: everything comes back, at the same places
        try (Database other = Database.open(dir.resolve("other.db"))) {
            ReportRepository otherReports = new ReportRepository(other);
            new ReportImporter(otherReports).importBytes(TEXT.getBytes(StandardCharsets.UTF_8), "r.txt");
            AnnotationRepository otherAnnotations = new AnnotationRepository(other);
            AnnotationImporter.Result result = TestImporters.of(other, otherReports).importW3c(json);
            assertThat(result.added()).isEqualTo(2);
            Annotation back = otherAnnotations.findByUuid(annotation.uuid()).orElseThrow();
            assertThat(back.start()).isEqualTo(annotation.start());
            assertThat(back.note()).isEqualTo(annotation.note());
            assertThat(back.tags()).containsExactlyElementsOf(annotation.tags());
            assertThat(back.color()).isEqualTo("#81c784");
        }
    }

    @Test
    void qdpxIsValidAgainstTheRefiQdaSchema() throws Exception {
        Path qdpx = dir.resolve("a.qdpx");
        QdpxExport.write(qdpx, sets(), Codebook.empty(), "测试项目");
        byte[] project = null;
        byte[] source = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("project.qde")) {
                    project = zip.readAllBytes();
                } else if (e.getName().startsWith("sources/")) {
                    source = zip.readAllBytes();
                }
            }
        }
        assertThat(project).isNotNull();
        assertThat(new String(source, StandardCharsets.UTF_8)).isEqualTo(doc.text());
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(new StreamSource(
                AnnotationExportTest.class.getResourceAsStream("/refi-qda/Project.xsd")));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(project)));
        String xml = new String(project, StandardCharsets.UTF_8);
        assertThat(xml).contains("name=\"生态\"").contains("<Description>一项制度, \"带引号\"</Description>")
                .contains("startPosition=\"" + codePoint(annotation.start()) + "\"");
    }

    @Test
    void markdownGroupsBySectionWithBlockQuotes() throws Exception {
        Path md = dir.resolve("a.md");
        MarkdownExport.write(md, sets(), Codebook.empty(), new AnnotationExports.Labels("孤立", "文库", "备忘", "编码"));
        String text = Files.readString(md);
        assertThat(text).contains("## 2017年工作回顾 › 项目建设量质并举").contains("> 河长制").contains("`#生态`");
    }

    @Test
    void aTargetThatCannotBeWrittenLeavesNothing() throws Exception {
        Path missingFolder = dir.resolve("no/such/folder/a.csv");
        assertThatThrownBy(() -> CsvExport.write(missingFolder, sets(), Codebook.empty())).isInstanceOfSatisfying(AnnotationException.class,
                e -> assertThat(e.problem()).isEqualTo(AnnotationException.Problem.NOT_WRITABLE));
        Path folderAsFile = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(folderAsFile.resolve("x"), "keep");
        assertThatThrownBy(() -> W3cAnnotations.write(folderAsFile, sets(), Codebook.empty())).isInstanceOf(AnnotationException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(Files.readString(folderAsFile.resolve("x"))).isEqualTo("keep");
    }

    @Test
    void corruptOrForeignJsonIsRefusedAndNothingIsWritten() throws Exception {
        AnnotationImporter importer = TestImporters.of(db, reports);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"first\": {\"items\": [ {\"target\": ");
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"name\": \"not annotations\"}");
        Path otherReport = Files.writeString(dir.resolve("other.json"), "{\"type\": \"AnnotationCollection\", "
                + "\"first\": {\"items\": [{\"id\": \"urn:uuid:00000000-0000-0000-0000-000000000001\", \"type\": "
                + "\"Annotation\", \"target\": {\"source\": \"urn:policy-explorer:report:abc\", \"selector\": "
                + "[{\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}]}}]}}");
        for (Path bad : List.of(broken, foreign, otherReport)) {
            assertThatThrownBy(() -> importer.importW3c(bad)).isInstanceOf(AnnotationException.class);
        }
        assertThat(service.list(null, null)).hasSize(2);
    }

    @Test
    void aW3cAnnotationFromAnotherToolIsReadInTheShapesTheModelAllows() throws Exception {
        String source = "urn:policy-explorer:report:" + doc.report().sha256();
        // one annotation, not a collection; a single selector object; a body by IRI beside a single-purpose
        // list; properties we do not use
        Path single = Files.writeString(dir.resolve("single.json"), "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", "
                + "\"id\": \"urn:uuid:00000000-0000-0000-0000-00000000000a\", \"type\": \"Annotation\", "
                + "\"creator\": {\"name\": \"someone\"}, \"body\": [\"http://example.org/note\", "
                + "{\"type\": \"TextualBody\", \"purpose\": [\"tagging\"], \"value\": \"外来\"}], "
                + "\"target\": {\"source\": \"" + source + "\", \"selector\": {\"type\": \"TextQuoteSelector\", "
                + "\"exact\": \"新兴产业\"}}}", StandardCharsets.UTF_8);
        // a page of items with a selector kind we do not use beside the quote, and a single body object
        Path page = Files.writeString(dir.resolve("page.json"), "{\"type\": \"AnnotationPage\", \"items\": [{"
                + "\"id\": \"urn:uuid:00000000-0000-0000-0000-00000000000b\", \"type\": \"Annotation\", "
                + "\"body\": {\"type\": \"TextualBody\", \"value\": \"外来的批注\"}, \"target\": {\"source\": \""
                + source + "\", \"selector\": [{\"type\": \"FragmentSelector\", \"value\": \"char=0,4\"}, "
                + "{\"type\": \"TextQuoteSelector\", \"exact\": \"河长制\", \"prefix\": \"实现“\"}]}}]}",
                StandardCharsets.UTF_8);
        AnnotationImporter importer = TestImporters.of(db, reports);
        assertThat(importer.importW3c(single).added()).isEqualTo(1);
        assertThat(importer.importW3c(page).added()).isEqualTo(1);
        Annotation tagged = service.list(doc.report().id(), "外来").get(0);
        assertThat(tagged.exact()).isEqualTo("新兴产业");
        assertThat(tagged.start()).isEqualTo(TEXT.indexOf("新兴产业"));
        assertThat(tagged.note()).isEmpty(); // the IRI body has no text here
        Annotation noted = service.list(doc.report().id(), null).stream()
                .filter(a -> a.note().equals("外来的批注")).findFirst().orElseThrow();
        assertThat(noted.start()).isEqualTo(TEXT.indexOf("河长制"));
        assertThat(noted.tags()).isEmpty();
    }
}
