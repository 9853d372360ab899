package org.policyexplorer.indicators;

import java.util.ArrayList;
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
 * The plan's list of main expected targets (主要预期目标为：地区生产总值增长8%左右，…，外贸进出口实现平稳增长，…。),
 * one target per clause, with a figure or without one.
 */
public final class MainTargets {
    private static final Pattern OPENING = Pattern.compile("主要(?:预期)?目标(?:是|为)?[:：]?|预期目标(?:是|为)?[:：]?");
    /** Clauses that qualify the list rather than add to it. */
    private static final Pattern NOT_A_TARGET =
            Pattern.compile("^(在|努力|争取|其中|同时|并|以|为|加快|对标|推动|推进|着力|坚持|深化|强化|全力)");
    private static final Pattern FIRST_VERB = Pattern.compile("实现|保持|完成|增长|控制|达到|稳定|持续|快于|同步|高于|低于|下降|提高");
    private static final int MIN_CLAUSE = 4;

    private MainTargets() {
    }

    /** The targets, in the order the paragraph lists them; empty when the plan has no such paragraph. */
    public static List<Indicator> of(ReportDocument doc) {
        Optional<Section> paragraph = find(doc);
        if (paragraph.isEmpty()) {
            return List.of();
        }
        Section s = paragraph.get();
        String text = doc.text().substring(s.start(), s.end());
        Matcher opening = OPENING.matcher(text);
        opening.find();
        int from = opening.end();
        int to = text.indexOf('。', from);
        to = to < 0 ? text.length() : to;
        // the figures of the whole list at once, so "增长7.5%,达到326.4亿元" reads as one indicator
        List<Indicator> figures = IndicatorExtractor.inText(doc.text(), s.start() + from, s.start() + to,
                Indicator.Kind.TARGET, s.id());
        List<Indicator> targets = new ArrayList<>();
        int clauseStart = from;
        for (int i = from; i <= to; i++) {
            boolean end = i == to || "，,；;".indexOf(text.charAt(i)) >= 0;
            if (end) {
                addClause(s, text, clauseStart, i, figures, targets);
                clauseStart = i + 1;
            }
        }
        return targets;
    }

    /** A clause's figures, or the clause itself as a target without a number. */
    private static void addClause(Section s, String text, int from, int to, List<Indicator> figures,
                                  List<Indicator> out) {
        int start = s.start() + from;
        int end = s.start() + to;
        List<Indicator> inClause = figures.stream().filter(f -> f.end() > start && f.end() <= end).toList();
        if (!inClause.isEmpty()) {
            out.addAll(inClause);
            return;
        }
        String clause = text.substring(from, to).strip();
        if (clause.length() < MIN_CLAUSE || NOT_A_TARGET.matcher(clause).find()) {
            return;
        }
        int at = start + text.substring(from, to).indexOf(clause);
        Matcher verb = FIRST_VERB.matcher(clause);
        String name = verb.find() && verb.start() >= 2 ? clause.substring(0, verb.start()) : clause;
        out.add(new Indicator(Indicator.Kind.TARGET, name, null, null, null, null, clause, at, at + clause.length(),
                s.id()));
    }

    private static Optional<Section> find(ReportDocument doc) {
        for (Section part : doc.parts()) {
            if (part.role() != PartRole.PLAN) {
                continue;
            }
            List<Section> found = new ArrayList<>();
            part.forEach(sec -> {
                if (sec.kind() == SectionKind.PARAGRAPH || sec.kind() == SectionKind.TOPIC) {
                    String t = doc.text().substring(sec.start(), sec.end());
                    if (OPENING.matcher(t).find() && t.indexOf('。') != 0) {
                        found.add(sec);
                    }
                }
            });
            // the paragraph that lists figures, not one that only mentions the targets
            for (Section sec : found) {
                String t = doc.text().substring(sec.start(), sec.end());
                if (!Quantities.in(t).isEmpty()) {
                    return Optional.of(sec);
                }
            }
        }
        return Optional.empty();
    }
}
