package org.policyexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/** Small helpers to state an outline's shape in tests. */
final class OutlineAssert {
    private OutlineAssert() {
    }

    static List<Section> chapters(Section part) {
        return part.children().stream().filter(s -> s.kind() == SectionKind.CHAPTER).toList();
    }

    static List<Section> topics(Section container) {
        return container.children().stream().filter(s -> s.kind() == SectionKind.TOPIC).toList();
    }

    static List<String> titles(List<Section> sections) {
        return sections.stream().map(Section::title).toList();
    }

    static void assertPart(Section part, PartRole role, Integer year, String title) {
        assertThat(part.kind()).isEqualTo(SectionKind.PART);
        assertThat(part.role()).as("role of %s", part.title()).isEqualTo(role);
        assertThat(part.year()).as("year of %s", part.title()).isEqualTo(year);
        assertThat(part.title()).isEqualTo(title);
    }

    /** Every section lies inside its parent, children in order and not overlapping, heading inside section. */
    static void assertWellFormed(String text, List<Section> parts) {
        int previousEnd = 0;
        for (Section part : parts) {
            assertThat(part.start()).isGreaterThanOrEqualTo(previousEnd);
            assertNested(text, part);
            previousEnd = part.end();
        }
        assertThat(previousEnd).isLessThanOrEqualTo(text.length());
    }

    private static void assertNested(String text, Section s) {
        assertThat(s.headingEnd()).isBetween(s.start(), s.end());
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        int previousEnd = s.headingEnd();
        for (Section child : s.children()) {
            assertThat(child.start()).as("child of %s starts after heading and sibling", s.title())
                    .isGreaterThanOrEqualTo(previousEnd);
            assertThat(child.end()).isLessThanOrEqualTo(s.end());
            assertNested(text, child);
            previousEnd = child.end();
        }
    }
}
