package org.policyexplorer.compare;

import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/**
 * Picks what is compared in a part: its topics; a chapter without topics as a whole; and, in a part with
 * neither chapters nor topics, its paragraphs. Each gets a key of titles from the part down.
 */
final class CompareUnits {
    static final String KEY_SEPARATOR = " › ";

    private CompareUnits() {
    }

    static List<CompareUnit> of(PartText side) {
        List<CompareUnit> units = new ArrayList<>();
        Section part = side.part();
        boolean structured = part.children().stream().anyMatch(s -> s.kind() != SectionKind.PARAGRAPH);
        String partKey = keyPart(part);
        int paragraph = 0;
        for (Section child : part.children()) {
            switch (child.kind()) {
                case CHAPTER -> addChapter(units, side, partKey, child);
                case TOPIC -> units.add(new CompareUnit(child, null, child.title(),
                        partKey + KEY_SEPARATOR + child.title(), side.text(child)));
                case PARAGRAPH -> {
                    if (!structured) {
                        String title = snippet(side.text(child));
                        units.add(new CompareUnit(child, null, title, partKey + "#" + paragraph, side.text(child)));
                    }
                    paragraph++;
                }
                default -> { }
            }
        }
        return units;
    }

    private static void addChapter(List<CompareUnit> units, PartText side, String partKey, Section chapter) {
        String chapterKey = partKey + KEY_SEPARATOR + chapter.title();
        List<Section> topics = chapter.children().stream().filter(s -> s.kind() == SectionKind.TOPIC).toList();
        if (topics.isEmpty()) {
            units.add(new CompareUnit(chapter, chapter, chapter.title(), chapterKey, side.text(chapter)));
            return;
        }
        for (Section topic : topics) {
            units.add(new CompareUnit(topic, chapter, topic.title(), chapterKey + KEY_SEPARATOR + topic.title(),
                    side.text(topic)));
        }
    }

    private static String keyPart(Section part) {
        return part.title() == null ? part.role() == null ? "" : part.role().key() : part.title();
    }

    private static String snippet(String text) {
        return text.length() <= 16 ? text : text.substring(0, 16) + "…";
    }
}
