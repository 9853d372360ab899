package org.policyexplorer.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One node of a report's outline. Offsets are Java {@code char} offsets into the report's stored text:
 * the section covers {@code [start, end)}, and its heading (or a topic's lead sentence) covers
 * {@code [start, headingEnd)}; an untitled paragraph has {@code headingEnd == start}.
 *
 * @param id         store id, 0 before the section is stored
 * @param role       for parts only, else null
 * @param year       for parts, the year the heading names (or that the report implies), else null
 * @param number     the numbering as written, normalised: "一" for "一、", "（一）" for "(一)", "一是"; else null
 * @param title      the heading without numbering; null for the preamble and for untitled paragraphs
 */
public record Section(long id, SectionKind kind, PartRole role, Integer year, String number, String title,
                      int start, int headingEnd, int end, List<Section> children) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        children = List.copyOf(children);
        if (start < 0 || headingEnd < start || end < headingEnd) {
            throw new IllegalArgumentException("bad offsets " + start + "/" + headingEnd + "/" + end);
        }
    }

    public boolean isTitled() {
        return title != null && !title.isEmpty();
    }

    public Section withId(long newId, List<Section> newChildren) {
        return new Section(newId, kind, role, year, number, title, start, headingEnd, end, newChildren);
    }

    /** Visits this section and all below it in document order. */
    public void forEach(Consumer<Section> visitor) {
        visitor.accept(this);
        for (Section child : children) {
            child.forEach(visitor);
        }
    }
}
