package org.policyexplorer.annotate.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.annotate.AnnotationImporter;
import org.policyexplorer.annotate.QdaStore;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Tag;

/** A project written in the shape MAXQDA and QualCoder write imports with every code, passage and note. */
class QdpxImportTest {
    @TempDir
    Path dir;
    private QdaStore store;

    @BeforeEach
    void open() {
        store = new QdaStore(dir.resolve("i.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String uuid(String guid) {
        return guid.substring(1, guid.length() - 1).toLowerCase(Locale.ROOT);
    }

    @Test
    void everyCodePassageAndNoteOfAHandWrittenProjectImports() throws Exception {
        Path qdpx = HandWrittenProject.write(dir.resolve("maxqda.qdpx"), HandWrittenProject.selections());
        AnnotationImporter.Result result = store.context.annotationImporter().importFile(qdpx);
        assertThat(result.notes()).isEmpty();
        assertThat(result.added()).isEqualTo(3);
        assertThat(result.orphaned()).isZero();
        assertThat(result.reportsAdded()).isEqualTo(1);
        assertThat(result.tagsAdded()).isEqualTo(4);

        // the source became a report, as the library keeps a file of that text (tidied: the positions of the
        // project count in the text as written, so each passage was found again by its text)
        List<Report> reports = store.context.library().list();
        assertThat(reports).hasSize(1);
        ReportDocument doc = store.context.library().document(reports.get(0).id());
        try (QdaStore plain = new QdaStore(dir.resolve("plain.db"))) {
            assertThat(doc.text()).isEqualTo(plain.importText(HandWrittenProject.TEXT, "hailar.txt").text());
        }
        assertThat(doc.report().title()).isEqualTo("海拉尔区2018年政府工作报告");

        Codebook book = store.context.tags().codebook();
        Map<String, Tag> tags = book.tags().stream().collect(Collectors.toMap(Tag::name, t -> t));
        assertThat(tags.keySet()).containsExactlyInAnyOrder("生态", "河长制", "城建", "棚户区改造");
        assertThat(tags.get("生态").color()).isEqualTo("#4caf50");
        assertThat(tags.get("河长制").color()).isEqualTo("#2196f3");
        assertThat(tags.get("城建").color()).as("#F44 spelled out").isEqualTo("#ff4444");
        assertThat(tags.get("棚户区改造").color()).isEqualTo("#ff9800");
        assertThat(book.parentOf("河长制")).isEqualTo("生态");
        assertThat(book.parentOf("棚户区改造")).isEqualTo("城建");
        assertThat(book.parentOf("生态")).isNull();
        // a code's description and its note, as written (CR LF kept)
        assertThat(tags.get("生态").memo()).isEqualTo("生态文明相关\n\n编码说明：\r\n生态");
        assertThat(store.context.memos().reportMemo(doc.report().id())).isEqualTo("报告的总体备忘");

        List<Annotation> all = store.context.annotations().list(doc.report().id(), null);
        assertThat(all).hasSize(3);
        String text = doc.text();
        Annotation river = byUuid(all, HandWrittenProject.RIVER);
        assertThat(river.start()).isEqualTo(text.indexOf("河长制"));
        assertThat(river.exact()).isEqualTo("河长制");
        assertThat(river.note()).isEqualTo("全面推行");
        assertThat(river.tags()).containsExactly("河长制");
        assertThat(river.color()).isEqualTo("#2196f3"); // its code's
        Annotation sand = byUuid(all, HandWrittenProject.SAND);
        assertThat(sand.exact()).isEqualTo("违规采砂");
        assertThat(sand.start()).isEqualTo(text.indexOf("违规采砂"));
        assertThat(sand.tags()).containsExactlyInAnyOrder("生态", "河长制");
        // the passage's note, then the coding's
        assertThat(sand.note()).isEqualTo("段落备忘\n\n编码备忘");
        Annotation shanty = byUuid(all, HandWrittenProject.SHANTY);
        assertThat(shanty.start()).isEqualTo(text.indexOf("棚户区"));
        assertThat(shanty.tags()).containsExactly("棚户区改造");

        // the same project again: its report is found by its text, nothing is added twice
        AnnotationImporter.Result again = store.context.annotationImporter().importFile(qdpx);
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.reportsFound()).isEqualTo(1);
        assertThat(again.tagsAdded()).isZero();
        assertThat(store.context.library().list()).hasSize(1);
        assertThat(store.context.memos().reportMemo(doc.report().id())).isEqualTo("报告的总体备忘");
    }

    @Test
    void aSourceTheLibraryHasIsMatchedByItsTextNotImportedAgain() throws Exception {
        ReportDocument here = store.importText(HandWrittenProject.TEXT, "already.txt");
        AnnotationImporter.Result result = store.context.annotationImporter().importFile(
                HandWrittenProject.write(dir.resolve("p.qdpx"), HandWrittenProject.selections()));
        assertThat(result.reportsFound()).isEqualTo(1);
        assertThat(result.reportsAdded()).isZero();
        assertThat(store.context.library().list()).hasSize(1);
        assertThat(store.context.annotations().list(here.report().id(), null)).hasSize(3);
    }

    @Test
    void aNameThatIsALabelNotTheTextLeavesThePositionAsItIs() throws Exception {
        // ATLAS.ti names quotations like "1:3 …"; a code's name may stand there too: neither is the passage
        String selections = HandWrittenProject.selection(HandWrittenProject.RIVER, "生态", "违规采砂", "")
                .replace("name=\"生态\"", "name=\"生态\"");
        AnnotationImporter.Result result = store.context.annotationImporter().importFile(
                HandWrittenProject.write(dir.resolve("label.qdpx"), selections));
        assertThat(result.notes()).noneMatch(n -> n.key().contains("reanchored") || n.key().contains("pastEnd"));
        Annotation a = store.context.annotations().list(null, null).get(0);
        assertThat(a.exact()).isEqualTo("违规采砂");
    }

    private static Annotation byUuid(List<Annotation> all, String guid) {
        return all.stream().filter(a -> a.uuid().equals(uuid(guid))).findFirst().orElseThrow();
    }
}
