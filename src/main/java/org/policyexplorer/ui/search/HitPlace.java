package org.policyexplorer.ui.search;

import org.policyexplorer.search.Occurrence;

/** One occurrence of the search in the open report, with the section it is reported on. */
public record HitPlace(long sectionId, Occurrence occurrence) {
}
