package org.policyexplorer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.domain.OutlinePart;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.indicators.IndicatorService;
import org.policyexplorer.search.SearchIndex;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/** Corrections of part roles and years: kept by text, back after delete and re-import, followed by 指标 and 对照. */
class OutlineCorrectionsTest {
    @TempDir
    Path dir;
    private Database db;
    private SearchIndex index;
    private ReportRepository reports;
    private OutlineCorrections corrections;
    private ReportImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("c.db"));
        index = SearchIndex.open(dir.resolve("c.index"));
        reports = new ReportRepository(db, index);
        corrections = new OutlineCorrections(reports);
        importer = new ReportImporter(reports);
    }

    @AfterEach
    void close() {
        index.close();
        db.close();
    }

    private ReportDocument seed() throws Exception {
        long id = importer.importBytes(TestReports.seed().getBytes(StandardCharsets.UTF_8), "seed.txt").report().id();
        return reports.load(id).orElseThrow();
    }

    private static OutlinePart part(java.util.List<OutlinePart> parts, String title) {
        return parts.stream().filter(p -> title.equals(p.title())).findFirst().orElseThrow();
    }

    @Test
    void aCorrectionComesBackWhenTheSameReportIsDeletedAndImportedAgain() throws Exception {
        ReportDocument doc = seed();
        OutlinePart plan = part(corrections.parts(doc.report().id()), "2018年工作安排");
        corrections.correctPart(doc.report().id(), plan.sectionId(), PartRole.PLAN, 2019);
        assertThat(reports.delete(doc.report().id())).isTrue();

        ReportDocument again = seed();
        assertThat(again.report().id()).isNotEqualTo(doc.report().id());
        OutlinePart back = part(corrections.parts(again.report().id()), "2018年工作安排");
        assertThat(back.year()).isEqualTo(2019);
        assertThat(back.corrected()).isTrue();
        assertThat(part(corrections.parts(again.report().id()), "2017年工作回顾").corrected()).isFalse();
    }

    @Test
    void indicatorsAndTheComparisonFollowTheCorrectedRoles() throws Exception {
        ReportDocument doc = seed();
        IndicatorService indicators = new IndicatorService();
        assertThat(indicators.of(doc).mainTargets()).isNotEmpty();
        OutlinePart plan = part(corrections.parts(doc.report().id()), "2018年工作安排");
        corrections.correctPart(doc.report().id(), plan.sectionId(), PartRole.OTHER, null);
        ReportDocument corrected = reports.load(doc.report().id()).orElseThrow();
        assertThat(indicators.of(corrected).mainTargets()).isEmpty();
        assertThat(indicators.of(corrected).pairs()).isEmpty();
        assertThat(CompareService.planOf(corrected)).isEmpty();
        assertThat(CompareService.reviewOf(corrected)).isPresent();
    }

    @Test
    void onlyPartsTakeRolesAndThePreambleIsNoRoleToGive() throws Exception {
        ReportDocument doc = seed();
        long chapter = doc.parts().get(1).children().stream()
                .filter(s -> s.kind() == org.policyexplorer.domain.SectionKind.CHAPTER).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> corrections.correctPart(doc.report().id(), chapter, PartRole.PLAN, null))
                .isInstanceOf(IllegalArgumentException.class);
        long review = doc.parts().get(1).id();
        assertThatThrownBy(() -> corrections.correctPart(doc.report().id(), review, PartRole.PREAMBLE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(reports.load(doc.report().id()).orElseThrow().parts().get(1).role()).isEqualTo(PartRole.REVIEW);
    }

    @Test
    void theLevelCanBeCorrected() throws Exception {
        ReportDocument doc = seed();
        assertThat(doc.report().level()).isEqualTo(ReportLevel.DISTRICT);
        assertThat(corrections.correctLevel(doc.report().id(), ReportLevel.COUNTY).level()).isEqualTo(ReportLevel.COUNTY);
    }

    @Test
    void severalPartsAreCorrectedAllOrNone() throws Exception {
        ReportDocument doc = seed();
        long id = doc.report().id();
        OutlinePart review = part(corrections.parts(id), "2017年工作回顾");
        OutlinePart plan = part(corrections.parts(id), "2018年工作安排");
        OutlinePart notAPart = new OutlinePart(doc.parts().get(1).children().get(1).id(), null, null, PartRole.PLAN,
                null, 0, 1, true);
        assertThatThrownBy(() -> corrections.correctParts(id, java.util.List.of(
                new OutlinePart(review.sectionId(), null, null, PartRole.OTHER, null, 0, 1, true), notAPart)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(part(corrections.parts(id), "2017年工作回顾").role()).isEqualTo(PartRole.REVIEW);
        corrections.correctParts(id, java.util.List.of(
                new OutlinePart(review.sectionId(), null, null, PartRole.REVIEW, 2016, 0, 1, true),
                new OutlinePart(plan.sectionId(), null, null, PartRole.PLAN, 2017, 0, 1, true)));
        assertThat(part(corrections.parts(id), "2017年工作回顾").year()).isEqualTo(2016);
        assertThat(part(corrections.parts(id), "2018年工作安排").year()).isEqualTo(2017);
    }

    @Test
    void partsStoredWithoutAConfidenceCountAsSure() throws Exception {
        ReportDocument doc = seed();
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE section SET confidence = NULL WHERE parent_id IS NULL");
            }
            return null;
        });
        assertThat(corrections.parts(doc.report().id())).allSatisfy(p -> {
            assertThat(p.confidence()).isEqualTo(1.0);
            assertThat(p.unsure()).isFalse();
        });
        assertThat(reports.find(doc.report().id()).orElseThrow().outlineUnsure()).isFalse();
    }
}
