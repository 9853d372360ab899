package org.policyexplorer.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Tag;

/**
 * Work goes out and comes back: export → import into an empty store → export again gives the same annotations
 * (quotes, code-point positions, notes byte for byte, tags with their parents, colours and memos, report memos),
 * for a REFI-QDA project and for W3C Web Annotations.
 */
class RoundTripTest {
    private static final String TEXT = TestReports.withOutsideBmp("report_hailar_2018.txt");
    @TempDir
    Path dir;

    /** An annotation as exports carry it: code points, not chars; no ids of the store. */
    record Carried(String uuid, String exact, int start, int end, String note, List<String> tags, String status) {
    }

    /** A tag as exports carry it. */
    record Code(String name, String parent, String color, String memo) {
    }

    private static void fill(QdaStore store) throws Exception {
        ReportDocument doc = store.importText(TEXT, "hailar.txt");
        AnnotationService a = store.context.annotations();
        String text = doc.text();
        int astral = text.indexOf(TestReports.OUTSIDE_BMP);
        a.create(doc, astral, astral + 12, "从开头起\r\n两个 𠀀 字符\t之后", List.of("结构"), "#e57373");
        a.createByQuote(doc, "河长制", 1, "第一处 \"河长制\"\n<重要> & 待核实", List.of("河长制", "制度"), "#81c784");
        // the second 河长制, if the report says it twice: only the position tells it from the first
        int second = text.indexOf("河长制", text.indexOf("河长制") + 1);
        if (second > 0) {
            a.create(doc, second, second + 3, "第二处", List.of("河长制"), "#64b5f6");
        }
        a.createByQuote(doc, "违规采砂", 1, "=SUM(1+1)", List.of("生态"), null);
        int lineEnd = text.indexOf('\n', text.indexOf("棚户区"));
        a.create(doc, lineEnd - 6, lineEnd + 6, "", List.of("城建"), null);
        store.context.tags().move("河长制", "生态");
        store.context.tags().move("制度", "生态");
        store.context.tags().color("城建", "#123abc");
        store.context.memos().setTagMemo("生态", "生态文明：\r\n河长制等");
        store.context.memos().setReportMemo(doc.report().id(), "总体：\n重视生态 𠀁");
    }

    private static Map<String, Carried> carried(QdaStore store) {
        Map<String, Carried> out = new TreeMap<>();
        for (var set : store.all()) {
            CodePointOffsets cp = set.offsets();
            for (Annotation a : set.annotations()) {
                out.put(a.uuid(), new Carried(a.uuid(), a.exact(), cp.toCodePoints(a.start()), cp.toCodePoints(a.end()),
                        a.note(), a.tags(), a.status().key()));
            }
        }
        return out;
    }

    private static Map<String, Code> codes(QdaStore store) {
        Map<String, Code> out = new TreeMap<>();
        var book = store.context.tags().codebook();
        for (Tag t : book.tags()) {
            out.put(t.name(), new Code(t.name(), book.parentOf(t.name()), t.color(), t.memo()));
        }
        return out;
    }

    private static List<String> reportMemos(QdaStore store) {
        return store.all().stream().map(r -> r.memo()).toList();
    }

    private void roundTrip(AnnotationExports.Format format, boolean annotationColours) throws Exception {
        try (QdaStore first = new QdaStore(dir.resolve("first.db"));
             QdaStore second = new QdaStore(dir.resolve("second.db"))) {
            fill(first);
            Path out = first.export(format, dir.resolve("out." + format.extension()));
            if (format == AnnotationExports.Format.W3C) {
                // a W3C file names its reports by their text: the report must be in the library
                second.importText(TEXT, "hailar.txt");
            }
            AnnotationImporter.Result result = second.context.annotationImporter().importFile(out);
            assertThat(result.notes()).isEmpty();
            assertThat(carried(second)).isEqualTo(carried(first)).hasSizeGreaterThanOrEqualTo(4);
            assertThat(codes(second)).isEqualTo(codes(first)).hasSize(5);
            assertThat(reportMemos(second)).isEqualTo(reportMemos(first)).containsExactly("总体：\n重视生态 𠀁");
            if (annotationColours) {
                assertThat(second.context.annotations().list(null, null)).extracting(Annotation::color)
                        .containsExactlyElementsOf(first.context.annotations().list(null, null).stream()
                                .map(Annotation::color).toList());
            }
            // and out again: the same
            Path again = second.export(format, dir.resolve("again." + format.extension()));
            try (QdaStore third = new QdaStore(dir.resolve("third.db"))) {
                if (format == AnnotationExports.Format.W3C) {
                    third.importText(TEXT, "hailar.txt");
                }
                third.context.annotationImporter().importFile(again);
                assertThat(carried(third)).isEqualTo(carried(first));
                assertThat(codes(third)).isEqualTo(codes(first));
            }
        }
    }

    @Test
    void aRefiQdaProjectComesBackWhole() throws Exception {
        // REFI-QDA has no colour of a passage, only of its codes: the codes' colours are what must come back
        roundTrip(AnnotationExports.Format.QDPX, false);
    }

    @Test
    void w3cWebAnnotationsComeBackWhole() throws Exception {
        roundTrip(AnnotationExports.Format.W3C, true);
    }
}
