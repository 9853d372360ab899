package org.policyexplorer.library;

import org.policyexplorer.domain.Report;

/**
 * What an import did.
 *
 * @param created    false when the same text was already in the store (nothing was written)
 * @param structured false when no heading was recognised: the report is a flat list of paragraphs
 */
public record ImportResult(Report report, boolean created, boolean structured) {
}
