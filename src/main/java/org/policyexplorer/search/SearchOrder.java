package org.policyexplorer.search;

/** How hits are listed: best first (BM25 over the index), or as they come in the reports. */
public enum SearchOrder {
    RANK, POSITION
}
