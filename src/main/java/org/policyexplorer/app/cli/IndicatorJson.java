package org.policyexplorer.app.cli;

import java.util.List;
import org.policyexplorer.app.SectionPaths;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.indicators.IndicatorPair;
import org.policyexplorer.indicators.IndicatorReport;
import org.policyexplorer.indicators.TargetKinds;

/** {@code indicators --json}: every figure, the plan's main targets, last year's results beside this year's targets. */
record IndicatorJson(List<FigureJson> indicators, List<MainTargetJson> mainTargets, List<PairJson> pairs) {

    static IndicatorJson of(ReportDocument doc, IndicatorReport report, SectionPaths paths) {
        CodePointOffsets offsets = new CodePointOffsets(doc.text());
        long id = doc.report().id();
        return new IndicatorJson(
                report.indicators().stream().map(i -> FigureJson.of(i, offsets, paths, id)).toList(),
                report.mainTargets().stream().map(i -> MainTargetJson.of(i, offsets)).toList(),
                report.pairs().stream().map(p -> PairJson.of(p, offsets, paths, id)).toList());
    }

    /** A figure (result or target), where it is said (code points) and in which section. */
    record FigureJson(String kind, String name, Double value, String unit, String qualifier, String text,
                      String change, int start, int end, List<String> path) {
        static FigureJson of(Indicator i, CodePointOffsets offsets, SectionPaths paths, long reportId) {
            return new FigureJson(i.kind().key(), i.name(), i.value(), i.unit(), i.qualifier(), i.text(), i.change(),
                    offsets.toCodePoints(i.start()), offsets.toCodePoints(i.end()), paths.path(reportId, i.sectionId()));
        }
    }

    /** A main target: what it promises ({@code kind} growth, level, share, range, qualitative) and where it is said. */
    record MainTargetJson(String name, Double value, String unit, String qualifier, String text, String kind,
                          int start, int end) {
        static MainTargetJson of(Indicator i, CodePointOffsets offsets) {
            return new MainTargetJson(i.name(), i.value(), i.unit(), i.qualifier(), i.text(), TargetKinds.of(i),
                    offsets.toCodePoints(i.start()), offsets.toCodePoints(i.end()));
        }
    }

    /** Last year's result beside this year's target for the same indicator; the difference where both measure alike. */
    record PairJson(String name, FigureJson result, FigureJson target, Double difference) {
        static PairJson of(IndicatorPair p, CodePointOffsets offsets, SectionPaths paths, long reportId) {
            return new PairJson(p.name(), FigureJson.of(p.result(), offsets, paths, reportId),
                    FigureJson.of(p.target(), offsets, paths, reportId), p.difference());
        }
    }
}
