package org.policyexplorer.ingest;

/** Why a file cannot become a report. Each has a message in the resource bundles ({@code import.problem.*}). */
public enum ImportProblem {
    /** The file has no bytes, or only white space. */
    EMPTY,
    /** The bytes are not text (a PDF, an image, an archive, NUL bytes). */
    BINARY,
    /** The bytes are text in no encoding we can read (not UTF-8, UTF-16 or GB18030). */
    UNKNOWN_ENCODING,
    /** The file is larger than a work report can reasonably be. */
    TOO_LARGE,
    /** The file could not be read (missing, a folder, no permission). */
    UNREADABLE,
    /** An HTML page that holds no readable text. */
    NO_TEXT;

    /** The resource bundle key of this problem's message; its one argument is the file name. */
    public String messageKey() {
        return "import.problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
