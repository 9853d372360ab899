package org.policyexplorer.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The REFI-QDA project as a QDA tool reads it: valid against the published schema in every state of the store;
 * every code with its own colour, nested as the tags are; names and notes read back by an XML parser exactly as
 * written (newlines, CR LF, tabs, quotes, characters outside the BMP); names cut by code points.
 */
class QdpxExportTest {
    private static final String NS = "urn:QDA-XML:project:1.0";
    private static final String TEXT = TestReports.withOutsideBmp("report_hailar_2018.txt");
    @TempDir
    Path dir;
    private QdaStore store;

    @BeforeEach
    void open() {
        store = new QdaStore(dir.resolve("q.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private byte[] project(Path qdpx) throws Exception {
        return Qdpx.entries(qdpx).get("project.qde");
    }

    @Test
    void anEmptyStoreWritesAValidProjectWithoutAnEmptySources() throws Exception {
        // the seed is not imported by exporting: the store holds no report
        byte[] project = project(store.export(AnnotationExports.Format.QDPX, dir.resolve("empty.qdpx")));
        Qdpx.validate(project);
        assertThat(new String(project, StandardCharsets.UTF_8)).doesNotContain("<Sources");
    }

    @Test
    void aStoreWithoutAnnotationsWritesAValidProjectWithItsText() throws Exception {
        ReportDocument doc = store.importText(TEXT, "hailar.txt");
        Path qdpx = store.export(AnnotationExports.Format.QDPX, dir.resolve("plain.qdpx"));
        Qdpx.validate(project(qdpx));
        Map<String, byte[]> entries = Qdpx.entries(qdpx);
        assertThat(entries.keySet()).hasSize(2).anyMatch(n -> n.startsWith("sources/") && n.endsWith(".txt"));
        String source = entries.entrySet().stream().filter(e -> e.getKey().startsWith("sources/")).map(e -> new String(
                e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(source).isEqualTo(doc.text());
    }

    @Test
    void awkwardTextReadsBackExactlyAndEveryCodeHasItsOwnColour() throws Exception {
        ReportDocument doc = store.importText(TEXT, "hailar.txt");
        String text = doc.text();
        // a passage that crosses a line end, so its name holds a newline
        int lineEnd = text.indexOf('\n', text.indexOf("河长制"));
        int crossing = lineEnd - 10;
        String note = "第一行\r\n第二行\n\t缩进 \"引号\" 'single' <tag> & 𠀀𠀁";
        Annotation crossingLine = store.context.annotations().create(doc, crossing, lineEnd + 40, note,
                List.of("生态", "制度", "𠀀编码", "待\t核实"), "#81c784");
        // a passage of which the 40th code point is outside the BMP: a cut by chars would split its pair
        int astral = text.indexOf(TestReports.OUTSIDE_BMP);
        Annotation astralCut = store.context.annotations().create(doc, astral - 39, astral + 30, "", List.of("生态"),
                null);
        store.context.tags().move("制度", "生态");
        Path qdpx = store.export(AnnotationExports.Format.QDPX, dir.resolve("a.qdpx"));
        byte[] bytes = project(qdpx);
        Qdpx.validate(bytes);
        Document dom = Qdpx.dom(bytes);

        Element first = selection(dom, crossingLine.uuid());
        String expectedName = text.substring(crossing, text.offsetByCodePoints(crossing, 40)) + "…";
        assertThat(expectedName).contains("\n");
        assertThat(first.getAttribute("name")).isEqualTo(expectedName);
        assertThat(child(first, "Description").getTextContent()).isEqualTo(note);
        int cpStart = text.codePointCount(0, crossing);
        assertThat(first.getAttribute("startPosition")).isEqualTo(Integer.toString(cpStart));
        assertThat(first.getAttribute("endPosition")).isEqualTo(Integer.toString(text.codePointCount(0, lineEnd + 40)));

        Element second = selection(dom, astralCut.uuid());
        // 39 characters of the BMP, then the first character outside it whole: 40 code points
        assertThat(second.getAttribute("name")).isEqualTo(text.substring(astral - 39, astral + 2) + "…");

        List<Element> codes = elements(dom, "Code");
        // a tab inside a name survives the parser's normalising of attributes
        assertThat(codes).extracting(c -> c.getAttribute("name")).containsExactlyInAnyOrder("生态", "制度", "𠀀编码",
                "待\t核实");
        Set<String> colours = new HashSet<>();
        for (Element code : codes) {
            assertThat(code.getAttribute("color")).matches("#[0-9a-f]{6}");
            colours.add(code.getAttribute("color"));
        }
        assertThat(colours).as("no two codes share a colour").hasSize(4);
        Element ecology = codes.stream().filter(c -> c.getAttribute("name").equals("生态")).findFirst().orElseThrow();
        Element system = codes.stream().filter(c -> c.getAttribute("name").equals("制度")).findFirst().orElseThrow();
        assertThat(system.getParentNode()).as("制度 is nested in 生态").isSameAs(ecology);
    }

    @Test
    void memosOfReportsAndTagsAreNotesTheirSourceAndCodeReferTo() throws Exception {
        ReportDocument doc = store.importText(TEXT, "hailar.txt");
        store.context.annotations().createByQuote(doc, "河长制", 1, "", List.of("生态"), null);
        store.context.memos().setReportMemo(doc.report().id(), "整体判断：\r\n生态是重点");
        store.context.memos().setTagMemo("生态", "生态环境相关的段落");
        byte[] bytes = project(store.export(AnnotationExports.Format.QDPX, dir.resolve("m.qdpx")));
        Qdpx.validate(bytes);
        Document dom = Qdpx.dom(bytes);
        List<String> referred = new ArrayList<>();
        for (Element owner : List.of(elements(dom, "TextSource").get(0), elements(dom, "Code").get(0))) {
            referred.add(child(owner, "NoteRef").getAttribute("targetGUID"));
        }
        List<Element> notes = elements(dom, "Note");
        assertThat(notes).hasSize(2);
        for (int i = 0; i < 2; i++) {
            String guid = referred.get(i);
            Element note = notes.stream().filter(n -> n.getAttribute("guid").equals(guid)).findFirst().orElseThrow();
            assertThat(child(note, "PlainTextContent").getTextContent())
                    .isEqualTo(i == 0 ? "整体判断：\r\n生态是重点" : "生态环境相关的段落");
        }
    }

    @Test
    void theSchemaTheImporterChecksWithIsThePublishedOne() throws Exception {
        assertThat(TestReports.bytes("/org/policyexplorer/refi-qda/Project.xsd"))
                .isEqualTo(TestReports.bytes("/refi-qda/Project.xsd"));
    }

    static Element selection(Document dom, String guid) {
        return elements(dom, "PlainTextSelection").stream().filter(e -> e.getAttribute("guid").equals(guid))
                .findFirst().orElseThrow();
    }

    static List<Element> elements(Document dom, String name) {
        NodeList list = dom.getElementsByTagNameNS(NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static Element child(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }
}
