package org.policyexplorer.domain;

import java.util.Locale;

/**
 * The kind of file a report was imported from. It is kept in the report's source encoding ({@link
 * Report#sourceEncoding()}): a text file's encoding ({@code UTF-8}, {@code GB18030}…), {@code HTML (charset)}
 * for a web page, and the format's own name for Word and PDF files, which have no text encoding of their own.
 */
public enum SourceFormat {
    TEXT, HTML, DOCX, DOC, PDF;

    /** The lower-case key of messages and JSON ({@code text}, {@code html}, {@code docx}, {@code doc}, {@code pdf}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What is stored as the source encoding of a report read from a file of this format (not for text). */
    public String encoding() {
        return name();
    }

    /** The format a stored source encoding names; text when it names a text encoding or nothing. */
    public static SourceFormat of(String sourceEncoding) {
        if (sourceEncoding == null) {
            return TEXT;
        }
        if (sourceEncoding.startsWith("HTML")) {
            return HTML;
        }
        for (SourceFormat format : new SourceFormat[] {DOCX, DOC, PDF}) {
            if (format.encoding().equals(sourceEncoding)) {
                return format;
            }
        }
        return TEXT;
    }
}
