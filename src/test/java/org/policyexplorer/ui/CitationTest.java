package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;
import org.policyexplorer.ui.reader.Citation;

class CitationTest {
    @TempDir
    Path dir;

    @Test
    void aPassageIsCitedWithReportAndPath() throws Exception {
        try (Database db = Database.open(dir.resolve("c.db"))) {
            ReportRepository reports = new ReportRepository(db);
            long id = new ReportImporter(reports).importBytes(TestReports.seed().getBytes(StandardCharsets.UTF_8),
                    "s.txt").report().id();
            ReportDocument doc = reports.load(id).orElseThrow();
            int at = doc.text().indexOf("落实“全挂钩”");
            String cited = Citation.of(doc, at, at + 7, new SectionLabels(new Messages(Locale.SIMPLIFIED_CHINESE)));
            assertThat(cited).isEqualTo("落实“全挂钩”（通州区2018年政府工作报告 › 2017年工作回顾 › "
                    + "坚持调结构快转型,发展质态持续向好 › 项目建设量质并举）");
        }
    }
}
