package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.SectionPaths;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.indicators.IndicatorPair;
import org.policyexplorer.indicators.IndicatorReport;
import org.policyexplorer.indicators.IndicatorService;
import picocli.CommandLine.Command;

/** {@code indicators [--report ID] [--json]}: the figures of a report, its main targets, results beside targets. */
@Command(name = "indicators", description = "Pull the numbers out of a report: every figure, the plan's main "
        + "targets, and last year's results beside this year's targets.")
final class IndicatorsCommand extends OneReportCommand {
    @Override
    void run(AppContext context, ReportDocument doc, PrintWriter out) {
        IndicatorReport report = context.indicators().of(doc);
        if (json) {
            IndicatorJson writer = new IndicatorJson(doc, new SectionPaths(context.library(), context.messages()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("indicators", report.indicators().stream().map(writer::full).toList());
            m.put("mainTargets", report.mainTargets().stream().map(writer::mainTarget).toList());
            List<Object> pairs = new ArrayList<>();
            for (IndicatorPair pair : report.pairs()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", pair.name());
                p.put("result", writer.full(pair.result()));
                p.put("target", writer.full(pair.target()));
                p.put("difference", pair.difference());
                pairs.add(p);
            }
            m.put("pairs", pairs);
            Json.print(out, m);
        } else {
            for (IndicatorPair pair : report.pairs()) {
                out.printf("%s\t%s\t→ %s%n", pair.name(), pair.result().figure(), pair.target().figure());
            }
        }
    }

    /** The JSON of one figure; offsets in code points. */
    private static final class IndicatorJson {
        private final ReportDocument doc;
        private final SectionPaths paths;
        private final CodePointOffsets offsets;

        IndicatorJson(ReportDocument doc, SectionPaths paths) {
            this.doc = doc;
            this.paths = paths;
            this.offsets = new CodePointOffsets(doc.text());
        }

        Map<String, Object> full(Indicator i) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", i.kind().key());
            m.putAll(brief(i));
            m.put("change", i.change());
            m.put("start", offsets.toCodePoints(i.start()));
            m.put("end", offsets.toCodePoints(i.end()));
            m.put("path", paths.path(doc.report().id(), i.sectionId()));
            return m;
        }

        /** A main target: what it promises (growth, level, share, range, qualitative) and where it is said. */
        Map<String, Object> mainTarget(Indicator i) {
            Map<String, Object> m = brief(i);
            m.put("kind", org.policyexplorer.indicators.TargetKinds.of(i));
            m.put("start", offsets.toCodePoints(i.start()));
            m.put("end", offsets.toCodePoints(i.end()));
            return m;
        }

        Map<String, Object> brief(Indicator i) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            m.put("value", i.value());
            m.put("unit", i.unit());
            m.put("qualifier", i.qualifier());
            m.put("text", i.text());
            return m;
        }
    }
}
