package org.policyexplorer.ingest;

import java.util.List;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.domain.Section;

/**
 * What the parser makes of a text: the stored text, its outline (ids still 0) and what the title lines say.
 *
 * @param level      the level of government, or null when the text does not tell
 * @param partConfidence for each part, how sure the parser is of its role (0–1)
 * @param structured false when no heading at all was recognised: the outline is a flat list of paragraphs
 */
public record ParsedReport(String text, List<Section> parts, String title, String place, Integer year,
                           ReportLevel level, boolean structured, List<Double> partConfidence) {

    public ParsedReport {
        parts = List.copyOf(parts);
        partConfidence = List.copyOf(partConfidence);
    }

    /** Whether some part's role was a guess (结构待确认), or nothing was structured at all. */
    public boolean unsure() {
        return !structured || partConfidence.stream().anyMatch(c -> c < ReportParser.UNSURE_BELOW);
    }
}
