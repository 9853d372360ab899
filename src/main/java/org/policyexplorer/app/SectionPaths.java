package org.policyexplorer.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;
import org.policyexplorer.library.LibraryService;

/** Where a section sits, as titles from its part down; loads each report once. */
public final class SectionPaths {
    private final LibraryService reports;
    private final SectionLabels labels;
    private final Map<Long, ReportDocument> documents = new HashMap<>();

    public SectionPaths(LibraryService reports, Messages messages) {
        this.reports = reports;
        this.labels = new SectionLabels(messages);
    }

    /** A report's title, for hits listed across the library. */
    public String reportTitle(long reportId) {
        ReportDocument doc = documents.computeIfAbsent(reportId, id -> reports.load(id).orElse(null));
        return doc == null ? "" : doc.report().title();
    }

    /** Titles of the sections from the part down to this one; untitled paragraphs are left out. */
    public List<String> path(long reportId, long sectionId) {
        ReportDocument doc = documents.computeIfAbsent(reportId, id -> reports.load(id).orElse(null));
        if (doc == null) {
            return List.of();
        }
        return doc.pathTo(sectionId).stream()
                .filter(s -> s.kind() != SectionKind.PARAGRAPH)
                .map((Section s) -> labels.title(s, doc.text()))
                .toList();
    }
}
