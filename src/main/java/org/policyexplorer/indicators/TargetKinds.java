package org.policyexplorer.indicators;

import java.util.regex.Pattern;
import org.policyexplorer.domain.Indicator;

/**
 * What a main target promises: a growth rate (增长5%左右), a level (城镇新增就业65万人以上), a share or rate
 * held (城镇调查失业率5.5%左右), a range (增长5%—5.5%), or no number at all (与经济增长同步).
 */
public final class TargetKinds {
    private static final Pattern GROWTH_NAME = Pattern.compile("(涨幅|增速|增幅)$");

    private TargetKinds() {
    }

    /** growth, level, share, range or qualitative. */
    public static String of(Indicator target) {
        if (target.value() == null) {
            return "qualitative";
        }
        if (target.qualifier() != null && target.qualifier().startsWith("—")) {
            return "range";
        }
        String kind = Measures.kind(target);
        if ("rate".equals(kind) || "points".equals(kind) || GROWTH_NAME.matcher(target.name()).find()) {
            return "growth";
        }
        return "share".equals(kind) ? "share" : "level";
    }
}
