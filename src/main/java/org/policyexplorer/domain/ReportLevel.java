package org.policyexplorer.domain;

import java.util.Locale;

/** The level of government whose report it is: 国务院 for the nation, then province, city, district, county. */
public enum ReportLevel {
    NATIONAL, PROVINCE, CITY, DISTRICT, COUNTY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportLevel fromKey(String key) {
        return key == null || key.isBlank() ? null : valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
}
