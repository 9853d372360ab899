package org.policyexplorer.app.cli;

import org.policyexplorer.app.AppContext;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.compare.PartText;
import org.policyexplorer.domain.ReportDocument;
import picocli.CommandLine.Option;

/** The options that pick the two sides of a comparison: one report's review and plan, or two reports'. */
final class CompareSides {
    @Option(names = "--report", paramLabel = "ID", description = "Compare this report's review with its plan "
            + "(default: the latest report).")
    Long reportId;

    @Option(names = "--review-report", paramLabel = "ID", description = "Take the review from this report.")
    Long reviewReportId;

    @Option(names = "--plan-report", paramLabel = "ID", description = "Take the plan from this report.")
    Long planReportId;

    PartText review(AppContext context) {
        ReportDocument doc = ReportSelection.load(context, reviewReportId != null ? reviewReportId : reportId);
        return new PartText(doc, CompareService.reviewOf(doc).orElseThrow(() ->
                new UserError(context.messages().get("compare.noReview", doc.report().title()))));
    }

    PartText plan(AppContext context) {
        ReportDocument doc = ReportSelection.load(context, planReportId != null ? planReportId : reportId);
        return new PartText(doc, CompareService.planOf(doc).orElseThrow(() ->
                new UserError(context.messages().get("compare.noPlan", doc.report().title()))));
    }
}
