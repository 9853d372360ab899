package org.policyexplorer.indicators;

import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/**
 * Every quantitative statement of a report's review (results) and plan (targets): the figure
 * ({@link Quantities}), and its name and verb from the words before it in its clause ({@link IndicatorNames}).
 * A figure with no name of its own ("完成固定资产投资710亿元,增长10%") takes the one before it in the
 * sentence; a figure written before its noun ("办好10件32项民生实事") takes the noun after it.
 */
public final class IndicatorExtractor {
    /** Where a clause ends: the name of a figure never reaches past one of these. */
    static final String CLAUSE_END = "。；;，,：:！!？?、\n";
    static final String SENTENCE_END = "。；;！!？?\n";

    public List<Indicator> extract(ReportDocument doc) {
        List<Indicator> out = new ArrayList<>();
        for (Section part : doc.parts()) {
            Indicator.Kind kind = part.role() == PartRole.REVIEW ? Indicator.Kind.RESULT
                    : part.role() == PartRole.PLAN ? Indicator.Kind.TARGET : null;
            if (kind == null) {
                continue;
            }
            part.forEach(s -> {
                boolean leaf = s.children().isEmpty();
                if (leaf || s.kind() == SectionKind.CHAPTER) {
                    int end = leaf ? s.end() : s.headingEnd();
                    out.addAll(inText(doc.text(), s.start(), end, kind, s.id()));
                }
            });
        }
        return out;
    }

    /** The figures in {@code text[from, to)}, which belongs to section {@code sectionId}. */
    static List<Indicator> inText(String text, int from, int to, Indicator.Kind kind, long sectionId) {
        String span = text.substring(from, to);
        List<Indicator> out = new ArrayList<>();
        Indicator previous = null;
        int previousEnd = 0;
        for (Quantities.Quantity q : Quantities.in(span)) {
            int clauseStart = Math.max(lastIndexOfAny(span, CLAUSE_END, q.start()) + 1,
                    previous != null && sameClause(span, previousEnd, q.start()) ? previousEnd : 0);
            int sentenceStart = lastIndexOfAny(span, SENTENCE_END, q.start()) + 1;
            IndicatorNames.NameAndChange words = IndicatorNames.read(span.substring(clauseStart, q.start()));
            String name = words.name();
            String change = words.change();
            int phraseStart = clauseStart + words.nameOffset();
            if (words.inherit() && previous != null && previousEnd > sentenceStart) {
                name = previous.name();
                change = change != null ? change : previous.change();
            } else if (words.nameFollows() || name.length() < 2) {
                name = name + IndicatorNames.after(skipFigures(span, q.end()));
            }
            if (name.length() < 2) {
                continue;
            }
            Indicator indicator = new Indicator(kind, name, q.value(), q.unit(), change, q.qualifier(),
                    span.substring(phraseStart, q.end()), from + phraseStart, from + q.end(), sectionId);
            out.add(indicator);
            previous = indicator;
            previousEnd = q.end();
        }
        return out;
    }

    /** The words after a figure, past any figures that follow it ("10件32项民生实事" → 民生实事). */
    private static String skipFigures(String span, int from) {
        String rest = span.substring(from, nextClauseEnd(span, from));
        for (Quantities.Quantity q : Quantities.in(rest)) {
            if (q.start() != 0) {
                break;
            }
            rest = rest.substring(q.end());
        }
        return rest;
    }

    private static boolean sameClause(String span, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_END.indexOf(span.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static int lastIndexOfAny(String s, String chars, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static int nextClauseEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (CLAUSE_END.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
