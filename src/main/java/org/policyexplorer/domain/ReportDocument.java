package org.policyexplorer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A report with its full text and its outline (the top-level parts, in order). */
public record ReportDocument(Report report, String text, List<Section> parts) {

    public ReportDocument {
        parts = List.copyOf(parts);
    }

    /** All sections in document order, parts first of their subtrees. */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        parts.forEach(p -> p.forEach(all::add));
        return all;
    }

    public Optional<Section> findSection(long sectionId) {
        return allSections().stream().filter(s -> s.id() == sectionId).findFirst();
    }

    /** The chain of sections from a part down to the given one; empty if it is not in this report. */
    public List<Section> pathTo(long sectionId) {
        List<Section> path = new ArrayList<>();
        for (Section part : parts) {
            if (collectPath(part, sectionId, path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean collectPath(Section node, long id, List<Section> path) {
        path.add(node);
        if (node.id() == id) {
            return true;
        }
        for (Section child : node.children()) {
            if (collectPath(child, id, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    public String textOf(Section section) {
        return text.substring(section.start(), section.end());
    }
}
