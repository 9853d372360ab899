package org.policyexplorer.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyexplorer.domain.PartRole;

/** Tells the role of a part and the year it covers from its heading. */
final class PartClassifier {
    private static final Pattern REVIEW = Pattern.compile("回顾|回眸|总结|过去.{0,4}工作");
    private static final Pattern GOVERNANCE =
            Pattern.compile("自身建设|从严治政|从严治党|政府治理|治理效能|治理能力|作风建设|廉政|政府建设");
    private static final Pattern PLAN =
            Pattern.compile("安排|主要工作|目标任务|工作任务|重点任务|工作部署|总体要求|规划|计划|展望|今后");
    /** "十四五", "十五五", "五年": a plan for the five-year period rather than for one year. */
    private static final Pattern FIVE_YEAR = Pattern.compile("十[一二三四五六七八九]五|五年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private PartClassifier() {
    }

    /** Whether an unnumbered or numbered heading names a part at all. */
    static boolean namesPart(String heading) {
        return REVIEW.matcher(heading).find() || GOVERNANCE.matcher(heading).find()
                || PLAN.matcher(heading).find();
    }

    static PartRole role(String heading) {
        if (REVIEW.matcher(heading).find()) {
            return PartRole.REVIEW;
        }
        if (GOVERNANCE.matcher(heading).find()) {
            return PartRole.GOVERNANCE;
        }
        if (PLAN.matcher(heading).find()) {
            return PartRole.PLAN;
        }
        return PartRole.OTHER;
    }

    /** The year the heading names; for a plan that names several, the last (the one being planned). */
    static Integer namedYear(String heading) {
        Matcher m = YEAR.matcher(heading);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1));
        }
        return year;
    }

    static boolean isFiveYear(String heading) {
        return FIVE_YEAR.matcher(heading).find();
    }
}
