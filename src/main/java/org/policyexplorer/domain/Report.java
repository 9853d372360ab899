package org.policyexplorer.domain;

import java.time.Instant;

/**
 * A stored report without its text and outline: what lists and headers need.
 *
 * @param level         national, province, city, district or county; null when the text does not say
 * @param outlineUnsure the parser was not sure of the parts' roles (结构待确认) and the user has not corrected them
 * @param sha256 hash of the normalised text: the same report read from another encoding is the same report
 */
public record Report(long id, String title, String place, Integer year, String sha256, String sourceName,
                     String sourceEncoding, int length, Instant importedAt, ReportLevel level,
                     boolean outlineUnsure) {
}
