package org.policyexplorer.ingest;

/** Text read from a file, with the encoding it was found to be in. */
public record DecodedText(String text, String encoding) {
}
