package org.policyexplorer.ingest;

import java.util.Set;
import org.policyexplorer.domain.ReportLevel;

/** The level of government a place name stands for, from its administrative suffix. */
final class ReportLevels {
    /** The nation's reports are the State Council's: their place is 全国. */
    static final String NATION = "全国";
    /** The four cities directly under the central government are provinces in rank. */
    private static final Set<String> MUNICIPALITIES = Set.of("北京市", "天津市", "上海市", "重庆市");

    private ReportLevels() {
    }

    static ReportLevel of(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        if (place.equals(NATION)) {
            return ReportLevel.NATIONAL;
        }
        if (place.endsWith("省") || place.endsWith("自治区") || MUNICIPALITIES.contains(place)) {
            return ReportLevel.PROVINCE;
        }
        if (place.endsWith("地区")) {
            return ReportLevel.CITY;
        }
        if (place.endsWith("区")) {
            return ReportLevel.DISTRICT;
        }
        if (place.endsWith("县") || place.endsWith("旗")) {
            return ReportLevel.COUNTY;
        }
        if (place.endsWith("市") || place.endsWith("州") || place.endsWith("盟")) {
            return ReportLevel.CITY;
        }
        return null;
    }
}
