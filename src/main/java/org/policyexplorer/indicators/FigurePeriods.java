package org.policyexplorer.indicators;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;

/**
 * Which figures are about five years rather than one: a review's 五年来… passage (五年改造城镇老旧小区8074个),
 * averages and totals over the period (年均增长, 累计), and the targets of a five-year plan part. A five-year
 * total set beside an annual target misleads (8074 → 600), so the pairing keeps the two apart.
 */
final class FigurePeriods {
    /** Paragraph openings of a five-year passage. */
    private static final Pattern PERIOD_OPENING = Pattern.compile("^(?:——)?(?:五年来|这五年|过去五年|过去的五年|“?十[一二三四五六七八九]五”?(?:时期|期间|以来))");
    /** Paragraph openings of the year's passage inside a five-year review. */
    private static final Pattern YEAR_OPENING = Pattern.compile("^(?:——)?(?:这一年|过去一年|过去的一年|一年来|刚刚过去的|(?:19|20)[0-9]{2}年)");
    /** Words in a figure's own phrase that make it a period figure. */
    private static final Pattern PERIOD_WORDS = Pattern.compile("年均|五年|累计|十[一二三四五六七八九]五");
    private static final int PHRASE_REACH = 12;

    private FigurePeriods() {
    }

    /**
     * A review headed with a year and a period (2025年及“十四五”时期工作回顾) reports the year in its chapters and
     * the period in the passage after them (——人民生活水平实现新跃升…), directly under the part.
     */
    private static boolean afterTheYearsChapters(Section part, List<Section> path, Indicator f) {
        if (part == null || part.role() != PartRole.REVIEW || path.size() != 2 || part.title() == null
                || !PERIOD_HEADING.matcher(part.title()).find()) {
            return false;
        }
        return part.children().stream().anyMatch(c -> c.kind() == org.policyexplorer.domain.SectionKind.CHAPTER
                && c.start() < f.start());
    }

    private static final Pattern PERIOD_HEADING = Pattern.compile("十[一二三四五六七八九]五|五年");

    static Set<Indicator> fiveYear(ReportDocument doc, List<Indicator> figures) {
        Set<Indicator> period = new HashSet<>();
        for (Indicator f : figures) {
            List<Section> path = doc.pathTo(f.sectionId());
            Section part = path.isEmpty() ? null : path.get(0);
            boolean fiveYearPart = part != null && part.year() == null
                    && (part.role() == PartRole.PLAN || part.role() == PartRole.REVIEW);
            // a five-year review may hold the last year's passage (这一年，…): its figures are the year's
            boolean yearPassage = path.stream().anyMatch(s -> s != part && YEAR_OPENING.matcher(doc.text()
                    .substring(s.start(), Math.min(s.end(), s.start() + 20))).find());
            boolean fiveYearPlan = fiveYearPart && !yearPassage;
            int from = Math.max(0, f.start() - PHRASE_REACH);
            String phrase = doc.text().substring(from, f.end());
            boolean inPassage = path.stream().anyMatch(s -> PERIOD_OPENING.matcher(doc.text()
                    .substring(s.start(), Math.min(s.end(), s.start() + 20))).find());
            if (fiveYearPlan || inPassage || afterTheYearsChapters(part, path, f)
                    || PERIOD_WORDS.matcher(phrase).find()) {
                period.add(f);
            }
        }
        return period;
    }
}
