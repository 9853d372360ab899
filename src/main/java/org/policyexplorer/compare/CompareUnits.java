package org.policyexplorer.compare;

import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/**
 * Picks what is compared in a part, at the level a reader compares: where every chapter on both sides has
 * topics of its own (the district style: 一、… with lead-sentence topics under it), the topics; otherwise each
 * side's numbered chapters where it has them (the annual review's （一）…（六） against the plan's （一）…（十）),
 * and its topics (一是…, lead sentences), or in a part with neither its paragraphs, where it has none.
 * Text directly under a part that has chapters (an overview, the five-year passage after the year's chapters)
 * is not a unit. Each unit gets a key of titles from the part down.
 */
final class CompareUnits {
    static final String KEY_SEPARATOR = " › ";

    private CompareUnits() {
    }

    /** The units of both sides, chosen together so that like is compared with like. */
    static List<List<CompareUnit>> of(PartText review, PartText plan) {
        boolean topics = allChaptersHaveTopics(review.part()) && allChaptersHaveTopics(plan.part());
        return List.of(of(review, topics), of(plan, topics));
    }

    /** Whether the part has chapters and each of them has topics of its own. */
    private static boolean allChaptersHaveTopics(Section part) {
        List<Section> chapters = chapters(part);
        return !chapters.isEmpty() && chapters.stream()
                .allMatch(c -> c.children().stream().anyMatch(s -> s.kind() == SectionKind.TOPIC));
    }

    private static List<Section> chapters(Section part) {
        return part.children().stream().filter(s -> s.kind() == SectionKind.CHAPTER).toList();
    }

    static List<CompareUnit> of(PartText side, boolean topicsInChapters) {
        List<CompareUnit> units = new ArrayList<>();
        Section part = side.part();
        if (!chapters(part).isEmpty()) {
            String partKey = keyPart(part);
            for (Section chapter : chapters(part)) {
                if (topicsInChapters) {
                    addChapter(units, side, partKey, chapter);
                } else {
                    units.add(new CompareUnit(chapter, chapter, chapter.title(), partKey + KEY_SEPARATOR
                            + chapter.title(), side.text(chapter)));
                }
            }
            return units;
        }
        boolean structured = part.children().stream().anyMatch(s -> s.kind() != SectionKind.PARAGRAPH);
        String partKey = keyPart(part);
        // a part that counts its work 一是…二是… has those as its units; lead sentences beside them (the
        // ——bullets of an overview) summarise
        boolean ordinals = part.children().stream().anyMatch(CompareUnits::isOrdinal);
        int paragraph = 0;
        List<Section> children = part.children();
        for (int i = 0; i < children.size(); i++) {
            Section child = children.get(i);
            switch (child.kind()) {
                case CHAPTER -> addChapter(units, side, partKey, child);
                case TOPIC -> {
                    if (!ordinals || isOrdinal(child)) {
                        String text = ordinals ? side.document().text().substring(child.start(),
                                ordinalEnd(children, i)) : side.text(child);
                        units.add(new CompareUnit(child, null, child.title(), partKey + KEY_SEPARATOR + child.title(),
                                text));
                    }
                }
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

    /**
     * Where an ordinal topic's text ends: "一是突出打好…" standing alone as a heading owns the lead-sentence topics
     * after it (内需拉动明显增强。…), up to the next ordinal or the first plain paragraph.
     */
    private static int ordinalEnd(List<Section> children, int at) {
        int end = children.get(at).end();
        for (int k = at + 1; k < children.size(); k++) {
            Section next = children.get(k);
            if (next.kind() != SectionKind.TOPIC || isOrdinal(next)) {
                break;
            }
            end = next.end();
        }
        return end;
    }

    /** "一是…", "二要…": a topic numbered as an ordinal. */
    private static boolean isOrdinal(Section s) {
        return s.kind() == SectionKind.TOPIC && s.number() != null
                && (s.number().endsWith("是") || s.number().endsWith("要"));
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
