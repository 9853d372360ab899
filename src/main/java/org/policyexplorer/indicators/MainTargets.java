package org.policyexplorer.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/**
 * The plan's main expected targets (主要预期目标是：地区生产总值增长5%左右，…；居民收入增长和经济增长同步。
 * 能耗及排放等约束指标完成市定任务。), one target per clause, with a figure or without one. The block is looked for
 * in the plan of the report's own year first, so the five-year part's 主要目标 is not taken for it; it runs over
 * every sentence that still states a target, splits at commas and semicolons, reads a range (5%—5.5%) as one
 * target and gives 城乡…分别增长6%和7% its two names.
 */
public final class MainTargets {
    /** "主要预期目标是", "经济社会发展的预期目标为", "今年发展主要预期目标是": the year's block. */
    private static final Pattern EXPECTED = Pattern.compile("(?:主要)?预期目标(?:是|为)?[:：]?");
    /** "主要目标是": used only where no 预期目标 is found. */
    private static final Pattern MAIN = Pattern.compile("主要(?:目标|指标)(?:是|为)[:：]?");
    /** Clauses that qualify the list rather than add to it. */
    private static final Pattern NOT_A_TARGET = Pattern.compile(
            "^(在|努力|争取|其中|同时|并|以|为|加快|对标|推动|推进|着力|坚持|深化|强化|全力|这|以上|上述|综合考虑|实现这些|做好|我们)");
    /** A sentence after the first that still states a target: short, and saying what a measure will do. */
    private static final Pattern TARGET_VERB = Pattern.compile(
            "增长|下降|降低|控制在|控制|实现|保持|完成|同步|达到|进入|提高|提升|稳定|改善|不低于|高于|低于");
    private static final int MAX_FOLLOWING_SENTENCE = 60;
    private static final Pattern LEADING_EFFORT = Pattern.compile("^(力争|确保|争取)");
    private static final Pattern FIRST_VERB = Pattern.compile(
            "实现|保持|完成|增长|控制|达到|稳定|持续|快于|同步|高于|低于|下降|提高|进入|降低|涨幅|增速");
    /** The upper end of a range after a figure: "—5.5%", "-5.5%", "至5.5%". */
    private static final Pattern RANGE_UPPER = Pattern.compile("\\s*(?:—|－|-|～|~|至|到)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%|个百分点|万人|亿元|万元)");
    private static final int MIN_CLAUSE = 4;
    /**
     * "…今年经济社会发展的 / 主要预期目标 / 是：地区生产总值增长…": a page laid out with the words set apart,
     * its lines become paragraphs; the one after the words goes on with 是： and lists the targets.
     */
    private static final Pattern CONTINUED = Pattern.compile("\\s*(?:是|为)[:：]");

    private MainTargets() {
    }

    /** The targets, in the order the block lists them; empty when the plan has no such block. */
    public static List<Indicator> of(ReportDocument doc) {
        Optional<Block> found = find(doc);
        if (found.isEmpty()) {
            return List.of();
        }
        Section s = found.get().section();
        String text = doc.text().substring(s.start(), s.end());
        int from = found.get().from();
        int to = blockEnd(text, from);
        // the figures of the whole block at once, so "增长7.5%,达到326.4亿元" reads as one indicator
        List<Indicator> figures = IndicatorExtractor.inText(doc.text(), s.start() + from, s.start() + to,
                Indicator.Kind.TARGET, s.id());
        List<Indicator> targets = new ArrayList<>();
        int clauseStart = from;
        for (int i = from; i <= to; i++) {
            boolean end = i == to || "，,；;。".indexOf(text.charAt(i)) >= 0;
            if (end) {
                addClause(s, text, clauseStart, i, figures, targets);
                clauseStart = i + 1;
            }
        }
        return targets;
    }

    /** The block runs to the end of the first sentence, then over each following sentence that states a target. */
    private static int blockEnd(String text, int from) {
        int end = text.indexOf('。', from);
        if (end < 0) {
            return text.length();
        }
        while (end + 1 < text.length()) {
            int next = text.indexOf('。', end + 1);
            int stop = next < 0 ? text.length() : next;
            String sentence = LEADING_EFFORT.matcher(text.substring(end + 1, stop).strip()).replaceFirst("");
            if (sentence.isEmpty() || sentence.length() > MAX_FOLLOWING_SENTENCE
                    || NOT_A_TARGET.matcher(sentence).find() || !TARGET_VERB.matcher(sentence).find()) {
                break;
            }
            end = stop;
            if (next < 0) {
                break;
            }
        }
        return end;
    }

    /** A clause's figures (a range as one), or the clause itself as a target without a number. */
    private static void addClause(Section s, String text, int from, int to, List<Indicator> figures,
                                  List<Indicator> out) {
        int start = s.start() + from;
        int end = s.start() + to;
        List<Indicator> inClause = figures.stream().filter(f -> f.end() > start && f.end() <= end).toList();
        if (!inClause.isEmpty()) {
            out.addAll(respectively(joinRanges(inClause, s, text)));
            return;
        }
        String clause = LEADING_EFFORT.matcher(text.substring(from, to).strip()).replaceFirst("");
        if (clause.length() < MIN_CLAUSE || NOT_A_TARGET.matcher(clause).find()) {
            return;
        }
        int at = start + text.substring(from, to).indexOf(clause);
        Matcher verb = FIRST_VERB.matcher(clause);
        String name = verb.find() && verb.start() >= 2 ? clause.substring(0, verb.start()) : clause;
        out.add(new Indicator(Indicator.Kind.TARGET, name, null, null, null, null, clause, at, at + clause.length(),
                s.id()));
    }

    /** "增长5%—5.5%": a figure followed by a dash and a second number of its unit is one target, a range. */
    private static List<Indicator> joinRanges(List<Indicator> figures, Section s, String text) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator f : figures) {
            Matcher upper = RANGE_UPPER.matcher(text);
            upper.region(f.end() - s.start(), text.length());
            if (f.unit() != null && upper.lookingAt() && upper.group(2).equals(f.unit())) {
                int end = s.start() + upper.end();
                out.add(new Indicator(f.kind(), f.name(), f.value(), f.unit(), f.change(),
                        "—" + upper.group(1) + upper.group(2), f.text() + upper.group(), f.start(), end, f.sectionId()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** "城乡居民人均可支配收入分别增长6%和7%": the first figure is the towns', the second the countryside's. */
    private static List<Indicator> respectively(List<Indicator> figures) {
        if (figures.size() != 2 || !figures.get(0).text().contains("分别")) {
            return figures;
        }
        Indicator a = figures.get(0);
        Indicator b = figures.get(1);
        if (!a.name().contains("城乡") || !a.name().equals(b.name())) {
            return figures;
        }
        return List.of(renamed(a, a.name().replace("城乡", "城镇")), renamed(b, b.name().replace("城乡", "农村")));
    }

    private static Indicator renamed(Indicator i, String name) {
        return new Indicator(i.kind(), name, i.value(), i.unit(), i.change(), i.qualifier(), i.text(), i.start(),
                i.end(), i.sectionId());
    }

    /** Where a block starts: its paragraph and the offset after its opening words. */
    private record Block(Section section, int from, int rank) {
    }

    /**
     * The paragraph that lists the year's targets: one that opens a 预期目标 block with figures in it, in the
     * plan of the report's year before other plans; a 主要目标 block only where there is none.
     */
    private static Optional<Block> find(ReportDocument doc) {
        Integer year = doc.report().year();
        List<Block> found = new ArrayList<>();
        for (Section part : doc.parts()) {
            if (part.role() != PartRole.PLAN) {
                continue;
            }
            int partRank = year != null && year.equals(part.year()) ? 0 : part.year() != null ? 1 : 2;
            Pattern[] headingBefore = {null};
            part.forEach(sec -> {
                if (sec.kind() != SectionKind.PARAGRAPH && sec.kind() != SectionKind.TOPIC) {
                    return;
                }
                String t = doc.text().substring(sec.start(), sec.end());
                Pattern heading = headingBefore[0];
                headingBefore[0] = null;
                Matcher continued = CONTINUED.matcher(t);
                if (heading != null && continued.lookingAt() && !Quantities.in(t).isEmpty()) {
                    found.add(new Block(sec, continued.end(), partRank * 2 + (heading == EXPECTED ? 0 : 1)));
                    return;
                }
                for (Pattern opening : List.of(EXPECTED, MAIN)) {
                    Matcher m = opening.matcher(t);
                    if (m.find() && !Quantities.in(t.substring(m.end())).isEmpty()) {
                        found.add(new Block(sec, m.end(), partRank * 2 + (opening == EXPECTED ? 0 : 1)));
                        return;
                    }
                    if (m.find(0) && t.substring(m.end()).isBlank()) {
                        headingBefore[0] = opening;
                    }
                }
            });
        }
        return found.stream().min(Comparator.comparingInt(Block::rank));
    }
}
