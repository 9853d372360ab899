package org.policyexplorer.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;

/**
 * Web Annotations written elsewhere, in the shapes the W3C model allows (a single selector object, bodyValue, a
 * body without purpose, a position-only selector) import; an item that cannot be read is listed, not a reason to
 * refuse the file; an empty export is a collection without pages; a file too large is refused with a message.
 */
class W3cImportShapesTest {
    private static final String TEXT = TestReports.withOutsideBmp("report_hailar_2018.txt");
    @TempDir
    Path dir;
    private QdaStore store;
    private ReportDocument doc;
    private String source;

    @BeforeEach
    void open() throws Exception {
        store = new QdaStore(dir.resolve("w.db"));
        doc = store.importText(TEXT, "hailar.txt");
        source = "urn:policy-explorer:report:" + doc.report().sha256();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int cp(int charOffset) {
        return doc.text().codePointCount(0, charOffset);
    }

    @Test
    void theShapesOfOtherToolsImportAndTheBrokenItemIsListed() throws Exception {
        String text = doc.text();
        int sand = text.indexOf("采砂");
        int river = text.indexOf("河长制");
        int fixed = text.indexOf("地区生产总值");
        String file = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationPage\", \"items\": ["
                // 1: a single selector object (not a list), a tagging body
                + "{\"id\": \"http://example.org/anno/1\", \"type\": \"Annotation\", \"body\": {\"type\": \"TextualBody\", "
                + "\"purpose\": \"tagging\", \"value\": \"外来\"}, \"target\": {\"source\": \"" + source + "\", "
                + "\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"采砂\"}}},"
                // 2: bodyValue, the model's shorthand for a plain note
                + "{\"id\": \"http://example.org/anno/2\", \"type\": \"Annotation\", \"bodyValue\": \"简写的批注\", "
                + "\"target\": {\"source\": \"" + source + "\", \"selector\": [{\"type\": \"TextQuoteSelector\", "
                + "\"exact\": \"河长制\"}]}},"
                // 3: a body without purpose: its value is the note
                + "{\"id\": \"http://example.org/anno/3\", \"type\": \"Annotation\", \"body\": [{\"type\": \"TextualBody\", "
                + "\"value\": \"没有用途的正文\", \"format\": \"text/plain\"}], \"target\": {\"source\": \"" + source
                + "\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"地区生产总值\"}}},"
                // 4: only a position (code points), no quote
                + "{\"id\": \"http://example.org/anno/4\", \"type\": \"Annotation\", \"bodyValue\": \"按位置\", "
                + "\"target\": {\"source\": \"" + source + "\", \"selector\": {\"type\": \"TextPositionSelector\", "
                + "\"start\": " + cp(sand) + ", \"end\": " + cp(sand + 4) + "}}},"
                // 5: broken: a selector that is a number
                + "{\"id\": \"http://example.org/anno/5\", \"type\": \"Annotation\", \"target\": {\"source\": \"" + source
                + "\", \"selector\": 17}}"
                + "]}";
        Path path = Files.writeString(dir.resolve("others.jsonld"), file, StandardCharsets.UTF_8);
        AnnotationImporter.Result result = store.context.annotationImporter().importFile(path);
        assertThat(result.added()).isEqualTo(4);
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("import.note.unreadable");
            assertThat(n.args()).containsExactly("5", "http://example.org/anno/5");
        });
        List<Annotation> all = store.context.annotations().list(doc.report().id(), null);
        assertThat(all).hasSize(4);
        Annotation tagged = one(all, "采砂", "");
        assertThat(tagged.tags()).containsExactly("外来");
        assertThat(tagged.start()).isEqualTo(sand);
        assertThat(one(all, "河长制", "简写的批注").start()).isEqualTo(river);
        assertThat(one(all, "地区生产总值", "没有用途的正文").start()).isEqualTo(fixed);
        Annotation byPosition = one(all, text.substring(sand, sand + 4), "按位置");
        assertThat(byPosition.start()).isEqualTo(sand);
        assertThat(byPosition.status()).isEqualTo(Annotation.Status.ANCHORED);

        // the same file again: nothing twice (ids that are not urn:uuid are named the same each time)
        AnnotationImporter.Result again = store.context.annotationImporter().importFile(path);
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(4);
    }

    @Test
    void theSameIdTwiceInOneFileIsImportedOnce() throws Exception {
        String item = "{\"id\": \"urn:uuid:00000000-0000-4000-8000-0000000000d1\", \"type\": \"Annotation\", "
                + "\"target\": {\"source\": \"" + source + "\", \"selector\": {\"type\": \"TextQuoteSelector\", "
                + "\"exact\": \"采砂\"}}}";
        Path path = Files.writeString(dir.resolve("twice.jsonld"), "[" + item + ", " + item + "]", StandardCharsets.UTF_8);
        AnnotationImporter.Result result = store.context.annotationImporter().importFile(path);
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
    }

    private static Annotation one(List<Annotation> all, String exact, String note) {
        return all.stream().filter(a -> a.exact().equals(exact) && a.note().equals(note)).findFirst()
                .orElseThrow(() -> new AssertionError(exact + " / " + note + " in " + all));
    }

    @Test
    void anEmptyExportIsACollectionWithoutPagesAndImportsNothing() throws Exception {
        Path path = store.export(AnnotationExports.Format.W3C, dir.resolve("empty.jsonld"));
        JsonNode root = new ObjectMapper().readTree(path.toFile());
        assertThat(root.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(root.get("total").asInt()).isZero();
        // §5.1: a page holds one or more annotations, so a collection of none has no first (nor last) page
        assertThat(root.has("first")).isFalse();
        assertThat(root.has("last")).isFalse();
        AnnotationImporter.Result result = store.context.annotationImporter().importFile(path);
        assertThat(result.added()).isZero();
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void aFileOf100MbIsRefusedWithAMessageAndNothingIsRead() throws Exception {
        Path huge = dir.resolve("huge.jsonld");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // sparse: no time spent writing it
        }
        assertThatThrownBy(() -> store.context.annotationImporter().importFile(huge))
                .isInstanceOfSatisfying(AnnotationException.class, e -> {
                    assertThat(e.problem()).isEqualTo(AnnotationException.Problem.TOO_LARGE);
                    assertThat(store.context.messages().get(e.problem().messageKey(), e.args()))
                            .isEqualTo("“huge.jsonld”太大（100 MB，最多读取 32 MB）。没有导入任何内容。");
                });
        assertThat(store.context.annotations().list(null, null)).isEmpty();
    }
}
