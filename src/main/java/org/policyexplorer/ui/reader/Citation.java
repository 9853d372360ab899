package org.policyexplorer.ui.reader;

import java.util.List;
import java.util.stream.Collectors;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/**
 * What copying from the reader puts on the clipboard: the passage and where it is from, as a Chinese reader
 * cites it: "…（通州区2018年政府工作报告 › 2017年工作回顾 › 项目建设量质并举）".
 */
public final class Citation {
    private Citation() {
    }

    public static String of(ReportDocument doc, int start, int end, SectionLabels labels) {
        String passage = doc.text().substring(start, end);
        List<Section> path = new java.util.ArrayList<>();
        List<Section> level = doc.parts();
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section s : level) {
                if (s.start() <= start && end <= s.end()) {
                    path.add(s);
                    level = s.children();
                    descended = true;
                    break;
                }
            }
        }
        String where = path.stream().filter(s -> s.kind() != SectionKind.PARAGRAPH)
                .map(s -> labels.title(s, doc.text())).collect(Collectors.joining(" › "));
        return passage + "（" + doc.report().title() + (where.isEmpty() ? "" : " › " + where) + "）";
    }
}
