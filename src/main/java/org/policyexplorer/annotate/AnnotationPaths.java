package org.policyexplorer.annotate;

import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;

/** Where an annotation sits: the titles of the sections that contain it, from the part down. */
public final class AnnotationPaths {
    private AnnotationPaths() {
    }

    public static List<String> of(ReportDocument doc, Annotation a) {
        List<String> path = new ArrayList<>();
        if (a.status() == Annotation.Status.ORPHANED) {
            return path;
        }
        List<Section> level = doc.parts();
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section s : level) {
                if (s.start() <= a.start() && a.end() <= s.end()) {
                    if (s.isTitled()) {
                        path.add(s.title());
                    }
                    level = s.children();
                    descended = true;
                    break;
                }
            }
        }
        return path;
    }

    /** The chapter an annotation falls in (its title), or its part's when there is no chapter; for charts. */
    public static String chapterOf(ReportDocument doc, Annotation a) {
        List<String> path = of(doc, a);
        return path.isEmpty() ? "" : path.size() >= 2 ? path.get(1) : path.get(0);
    }
}
