package org.policyexplorer.ingest;

import java.util.List;
import org.policyexplorer.domain.Section;

/**
 * What the parser makes of a text: the stored text, its outline (ids still 0) and what the title lines say.
 *
 * @param structured false when no heading at all was recognised: the outline is a flat list of paragraphs
 */
public record ParsedReport(String text, List<Section> parts, String title, String place, Integer year,
                           boolean structured) {

    public ParsedReport {
        parts = List.copyOf(parts);
    }
}
