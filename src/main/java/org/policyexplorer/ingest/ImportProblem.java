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
    /** An HTML page or a PDF that holds no readable text. */
    NO_TEXT,
    /** A Word or PDF file that cannot be read: damaged, or not what its name says. */
    CORRUPT,
    /** A Word or PDF file that needs a password to be opened. */
    ENCRYPTED,
    /** A .docx whose parts unpack to far more than any report (a zip bomb). */
    UNPACKS_TOO_LARGE,
    /** An RTF file (often named .doc). */
    RTF,
    /** A Word file older than Word 97. */
    OLD_WORD,
    /** A PDF whose pages are images without text: a scan. */
    SCANNED,
    /** A PDF whose fonts have no Unicode map: its glyphs come out as no characters or the wrong ones. */
    NO_UNICODE,
    /** A PDF of more pages than any report has. */
    TOO_MANY_PAGES;

    /** The resource bundle key of this problem's message; its one argument is the file name. */
    public String messageKey() {
        return "import.problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
