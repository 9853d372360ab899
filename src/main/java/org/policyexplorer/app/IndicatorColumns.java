package org.policyexplorer.app;

import java.util.List;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;

/**
 * The headings of the results-beside-targets table, for the 指标 tab and {@code indicators --csv} alike:
 * the results and targets columns say their years ("2017年结果", "2018年目标") when the report's parts have them.
 */
public final class IndicatorColumns {
    private IndicatorColumns() {
    }

    public static String resultHeader(Messages messages, ReportDocument doc) {
        Integer review = doc == null ? null : CompareService.reviewOf(doc).map(Section::year).orElse(null);
        return review == null ? messages.get("indicators.column.result")
                : messages.get("indicators.column.resultOf", Integer.toString(review));
    }

    public static String targetHeader(Messages messages, ReportDocument doc) {
        Integer plan = doc == null ? null : CompareService.planOf(doc).map(Section::year).orElse(null);
        return plan == null ? messages.get("indicators.column.target")
                : messages.get("indicators.column.targetOf", Integer.toString(plan));
    }

    /** Name, result, target, change, where: the columns in order. */
    public static List<String> header(Messages messages, String resultHeader, String targetHeader) {
        return List.of(messages.get("indicators.column.name"), resultHeader, targetHeader,
                messages.get("indicators.column.change"), messages.get("indicators.column.where"));
    }
}
