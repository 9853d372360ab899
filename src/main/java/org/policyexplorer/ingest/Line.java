package org.policyexplorer.ingest;

/** One line of the normalised text, with its char offsets. */
record Line(int index, int start, String text) {

    int end() {
        return start + text.length();
    }
}
