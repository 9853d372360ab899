package org.policyexplorer.ingest;

import java.util.regex.Pattern;

/** Whether a short unnumbered line is the heading of a part: "2017年工作回顾", "2026年重点工作", "加强政府自身建设". */
final class PartHeadings {
    /** The nouns a part heading ends on when it names a time rather than a role: "2026年重点工作". */
    private static final Pattern BUSINESS = Pattern.compile("(工作|任务|回顾|成就|目标|安排|部署|要求|措施|考虑)$");

    private PartHeadings() {
    }

    static boolean namesPart(String heading) {
        PartVocabulary words = PartVocabulary.DEFAULT;
        if (PartVocabulary.finds(words.headingReview, heading) || PartVocabulary.finds(words.headingGovernance, heading)
                || PartVocabulary.finds(words.headingPlan, heading)) {
            return true;
        }
        return !TimeReference.mentions(heading, null).isEmpty() && BUSINESS.matcher(heading).find();
    }

    /** Whether the heading looks back on work done: a review's heading. */
    static boolean looksBack(String heading) {
        return PartVocabulary.finds(PartVocabulary.DEFAULT.headingReview, heading);
    }
}
