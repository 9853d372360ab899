package org.policyexplorer.compare;

import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;

/** One part of one report: the review or plan side of a comparison. */
public record PartText(ReportDocument document, Section part) {

    public String text(Section s) {
        return document.text().substring(s.start(), s.end());
    }
}
