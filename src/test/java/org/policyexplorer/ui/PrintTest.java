package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.compare.Aligner;
import org.policyexplorer.compare.Alignment;
import org.policyexplorer.compare.PartText;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;
import org.policyexplorer.ui.print.PageSetter;
import org.policyexplorer.ui.print.PrintBlock;
import org.policyexplorer.ui.print.Printout;
import org.policyexplorer.ui.print.Printouts;
import org.testfx.util.WaitForAsyncUtils;

/** Printing sets real text into pages of a printer's size; no printer is needed to check the pages. */
class PrintTest {
    /** A4 at 72 points an inch, less the usual margins. */
    private static final double WIDTH = 523;
    private static final double HEIGHT = 770;
    private static final Messages MESSAGES = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        WindowFixture.registerToolkit();
    }

    private ReportDocument seed(Database db) throws Exception {
        ReportRepository reports = new ReportRepository(db);
        long id = new ReportImporter(reports).importBytes(TestReports.seed().getBytes(StandardCharsets.UTF_8),
                "s.txt").report().id();
        return reports.load(id).orElseThrow();
    }

    private static List<Region> pages(Printout printout) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new PageSetter("System", 11, MESSAGES.get("print.pageNumber"))
                .pages(printout, WIDTH, HEIGHT)).get();
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Text t) {
            out.add(t.getText());
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> out.addAll(texts(child)));
        }
        return out;
    }

    /** The body of a page: what lies between the running title and the page number. */
    private static VBox body(Region page) {
        return (VBox) ((VBox) page).getChildren().get(1);
    }

    @Test
    void aLongSectionRunsOverPagesThatEachFitAndKeepsEveryWord() throws Exception {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            ReportDocument doc = seed(db);
            Section review = doc.parts().stream().filter(p -> p.role() == PartRole.REVIEW).findFirst().orElseThrow();
            Printout printout = Printouts.section(doc, review, new SectionLabels(MESSAGES));
            List<Region> pages = pages(printout);

            assertThat(pages).hasSizeGreaterThan(1);
            for (int i = 0; i < pages.size(); i++) {
                Region page = pages.get(i);
                List<String> all = texts(page);
                assertThat(all.get(0)).isEqualTo("通州区2018年政府工作报告");
                assertThat(all.get(all.size() - 1)).isEqualTo("第 " + (i + 1) + " 页 / 共 " + pages.size() + " 页");
                double content = WaitForAsyncUtils.asyncFx(() -> page.getChildrenUnmodifiable().stream()
                        .mapToDouble(n -> ((Region) n).prefHeight(WIDTH)).sum() + 2 * 9).get();
                assertThat(content).as("page %d fits", i + 1).isLessThanOrEqualTo(HEIGHT);
            }
            String printed = pages.stream().flatMap(p -> texts(body(p)).stream()).collect(Collectors.joining());
            String source = doc.text().substring(review.start(), review.end());
            assertThat(printed.replaceAll("\\s", "")).isEqualTo(source.replaceAll("\\s", ""));
        }
    }

    @Test
    void aParagraphTallerThanAPageIsCutBetweenSentences() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("第").append(i).append("句推进重点项目建设，加快构建现代产业体系。");
        }
        List<Region> pages = pages(new Printout("长段落", List.of(PrintBlock.paragraph(text.toString()))));
        assertThat(pages).hasSizeGreaterThan(1);
        List<String> pieces = pages.stream().flatMap(p -> texts(body(p)).stream()).toList();
        assertThat(String.join("", pieces)).isEqualTo(text.toString());
        assertThat(pieces).allSatisfy(piece -> assertThat(piece).endsWith("。"));
    }

    @Test
    void theComparisonPrintsEachReviewTopicBesideItsPlan() throws Exception {
        try (Database db = Database.open(dir.resolve("c.db"))) {
            ReportDocument doc = seed(db);
            Section review = doc.parts().stream().filter(p -> p.role() == PartRole.REVIEW).findFirst().orElseThrow();
            Section plan = doc.parts().stream().filter(p -> p.role() == PartRole.PLAN).findFirst().orElseThrow();
            Alignment alignment = new Aligner().align(new PartText(doc, review), new PartText(doc, plan), List.of());
            Printout printout = Printouts.comparison(alignment, true, new SectionLabels(MESSAGES), MESSAGES);

            assertThat(printout.blocks()).hasSize(alignment.reviewUnits().size() + 2);
            PrintBlock first = printout.blocks().get(2);
            assertThat(first.twoColumns()).isTrue();
            assertThat(first.left()).contains(alignment.reviewUnits().get(0).text().strip());
            assertThat(first.right()).contains(alignment.matchesOfReview(alignment.reviewUnits().get(0)).get(0)
                    .unit().text().strip()).contains("相似度");
            List<Region> pages = pages(printout);
            assertThat(pages).hasSizeGreaterThan(1);
            assertThat(texts(pages.get(0))).anyMatch(t -> t.startsWith("对照："));
        }
    }
}
