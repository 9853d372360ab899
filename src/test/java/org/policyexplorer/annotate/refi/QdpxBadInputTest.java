package org.policyexplorer.annotate.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationImporter;
import org.policyexplorer.annotate.Qdpx;
import org.policyexplorer.annotate.QdaStore;
import org.policyexplorer.domain.Annotation;

/**
 * Projects that must not get in, or not as they are: a path out of the archive, a zip bomb, a DOCTYPE with an
 * external entity, a GUID that is none, a source whose text is not in the project, a passage past the end of
 * its text. Each gets a clear message; a refused project leaves the store exactly as it was, even after part
 * of it had been read in.
 */
class QdpxBadInputTest {
    @TempDir
    Path dir;
    private QdaStore store;

    @BeforeEach
    void open() {
        store = new QdaStore(dir.resolve("bad.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** What the store holds: reports, annotations, tags. */
    private List<Integer> holdings() {
        return List.of(store.context.library().list().size(), store.context.annotations().list(null, null).size(),
                store.context.tags().codebook().tags().size());
    }

    private String refused(Path qdpx, AnnotationException.Problem problem) {
        List<Integer> before = holdings();
        String[] said = new String[1];
        assertThatThrownBy(() -> store.context.annotationImporter().importFile(qdpx))
                .isInstanceOfSatisfying(AnnotationException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    said[0] = store.context.messages().get(e.problem().messageKey(), e.args());
                });
        assertThat(holdings()).as("nothing half-written").isEqualTo(before);
        assertThat(said[0]).endsWith("没有导入任何内容。");
        return said[0];
    }

    private Path project(String name, String selections, Map<String, String> extra) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("project.qde", HandWrittenProject.project(selections));
        entries.put("Sources/" + HandWrittenProject.SOURCE + ".txt", HandWrittenProject.TEXT);
        entries.putAll(extra);
        return Qdpx.write(dir.resolve(name), entries);
    }

    @Test
    void aPathOutOfTheArchiveIsRefused() throws Exception {
        Path qdpx = project("slip.qdpx", HandWrittenProject.selections(), Map.of("../../x", "gotcha"));
        assertThat(refused(qdpx, AnnotationException.Problem.UNSAFE_PATH)).contains("“../../x”");
        assertThat(dir.getParent().getParent().resolve("x")).doesNotExist();
    }

    @Test
    void aZipBombIsRefusedWhileInflatingIt() throws Exception {
        Path bomb = dir.resolve("bomb.qdpx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(HandWrittenProject.project(HandWrittenProject.selections()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("Sources/zeros.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros); // 80 MB that deflate to under 100 KB
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThat(refused(bomb, AnnotationException.Problem.TOO_LARGE)).contains("bomb.qdpx").contains("64 MB");
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedBeforeAnythingIsRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密");
        String xml = HandWrittenProject.project(HandWrittenProject.selections()).replace("<Project ",
                "<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<Project ")
                .replace("<Description>全面推行</Description>", "<Description>&xxe;</Description>");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("project.qde", xml);
        entries.put("Sources/" + HandWrittenProject.SOURCE + ".txt", HandWrittenProject.TEXT);
        String said = refused(Qdpx.write(dir.resolve("xxe.qdpx"), entries), AnnotationException.Problem.XML_DOCTYPE);
        assertThat(said).contains("DOCTYPE");
        assertThat(store.context.annotations().list(null, null)).noneMatch(a -> a.note().contains("机密"));
    }

    @Test
    void aGuidThatIsNoneIsNamedWithItsLine() throws Exception {
        String selections = HandWrittenProject.selections().replace(HandWrittenProject.SAND, "not-a-guid");
        String xml = HandWrittenProject.project(selections);
        int line = xml.substring(0, xml.indexOf("not-a-guid")).split("\n", -1).length;
        String said = refused(project("guid.qdpx", selections, Map.of()), AnnotationException.Problem.BAD_GUID);
        assertThat(said).contains("“not-a-guid”").contains("第 " + line + " 行").contains("PlainTextSelection");
    }

    @Test
    void aSourceWhoseTextIsOutsideTheProjectIsRefusedAndTheSourcesReadBeforeItAreUndone() throws Exception {
        // a first source that is fine (it becomes a report inside the import), then one whose text is elsewhere
        String xml = HandWrittenProject.project(HandWrittenProject.selections()).replace("</Sources>",
                "<TextSource guid=\"{6F9619FF-8B86-D011-B42D-00C04FC96400}\" name=\"外部文件\" "
                        + "plainTextPath=\"relative:///interview.txt\"/></Sources>");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("project.qde", xml);
        entries.put("Sources/" + HandWrittenProject.SOURCE + ".txt", HandWrittenProject.TEXT);
        entries.put("Sources/{0E0E0000-0000-4000-8000-000000000004}.txt", "报告的总体备忘");
        String said = refused(Qdpx.write(dir.resolve("external.qdpx"), entries),
                AnnotationException.Problem.MISSING_SOURCE);
        assertThat(said).contains("“外部文件”").contains("relative:///interview.txt");
        assertThat(store.context.library().list()).isEmpty();
    }

    @Test
    void notAProjectAtAllIsRefused() throws Exception {
        Path notZip = Files.writeString(dir.resolve("x.qdpx"), "PK but not a zip at all");
        refused(notZip, AnnotationException.Problem.BAD_IMPORT);
        Path noProject = Qdpx.write(dir.resolve("empty.qdpx"), Map.of("readme.txt", "你好"));
        assertThat(refused(noProject, AnnotationException.Problem.BAD_IMPORT)).contains("project.qde");
        Path broken = Qdpx.write(dir.resolve("broken.qdpx"), Map.of("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\""));
        assertThat(refused(broken, AnnotationException.Problem.BAD_XML)).contains("第 1 行");
        Path foreign = Qdpx.write(dir.resolve("foreign.qdpx"), Map.of("project.qde",
                "<Project xmlns=\"urn:QDA-XML:project:1.0\"><Unknown/></Project>"));
        assertThat(refused(foreign, AnnotationException.Problem.NOT_REFI_QDA)).contains("REFI-QDA");
    }

    @Test
    void aPassagePastTheEndIsPlacedByItsTextOrKeptAsOrphanedAndSaidSo() throws Exception {
        int length = HandWrittenProject.TEXT.codePointCount(0, HandWrittenProject.TEXT.length());
        String past = "<PlainTextSelection guid=\"{A1B2C3D4-0000-4000-8000-0000000000F1}\" name=\"河长制\" "
                + "startPosition=\"" + (length + 10) + "\" endPosition=\"" + (length + 13) + "\"/>"
                + "<PlainTextSelection guid=\"{A1B2C3D4-0000-4000-8000-0000000000F2}\" name=\"第一百零一条\" "
                + "startPosition=\"" + (length + 20) + "\" endPosition=\"" + (length + 26) + "\"/>";
        AnnotationImporter.Result result = store.context.annotationImporter().importFile(
                project("past.qdpx", past, Map.of("Sources/{0E0E0000-0000-4000-8000-000000000004}.txt", "备忘")));
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.orphaned()).isEqualTo(1);
        // the two notes the replaced passages referred to now belong to nothing: said too
        assertThat(result.notes()).extracting(n -> n.key()).containsExactly("import.note.pastEndReanchored",
                "import.note.pastEndOrphaned", "import.note.looseNote", "import.note.looseNote");
        assertThat(store.context.messages().get(result.notes().get(1).key(), result.notes().get(1).args().toArray()))
                .isEqualTo("段落“第一百零一条”（" + (length + 20) + "–" + (length + 26) + "）超出了“海拉尔区2018年政府工作报告”"
                        + "的末尾（共 " + length + " 字），已保留为孤立批注。");
        List<Annotation> all = store.context.annotations().list(null, null);
        Annotation placed = all.stream().filter(a -> a.status() == Annotation.Status.ANCHORED).findFirst().orElseThrow();
        String text = store.context.library().document(placed.reportId()).text();
        assertThat(placed.exact()).isEqualTo("河长制");
        assertThat(text.substring(placed.start(), placed.end())).isEqualTo("河长制");
        Annotation kept = all.stream().filter(a -> a.status() == Annotation.Status.ORPHANED).findFirst().orElseThrow();
        assertThat(kept.exact()).isEqualTo("第一百零一条");
    }
}
