package org.policyexplorer.domain;

import java.time.Instant;

/**
 * A stored report without its text and outline: what lists and headers need.
 *
 * @param sha256 hash of the normalised text: the same report read from another encoding is the same report
 */
public record Report(long id, String title, String place, Integer year, String sha256, String sourceName,
                     String sourceEncoding, int length, Instant importedAt) {
}
