package org.policyexplorer.annotate;

import java.util.List;
import java.util.Locale;

/**
 * An annotation request that cannot be carried out; the problem has a message in the bundles
 * ({@code annotate.problem.*}), which {@link #args()} fill.
 */
public final class AnnotationException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Problem {
        EMPTY_SELECTION, QUOTE_NOT_FOUND, OUT_OF_RANGE, NO_SUCH_ANNOTATION, NO_SUCH_TAG, BAD_IMPORT, UNKNOWN_REPORT,
        NOT_WRITABLE,
        /** A tag put under itself or under one of its own descendants. */
        TAG_LOOP,
        /** A colour that is not {@code #rrggbb}. */
        BAD_COLOR,
        /** A file (or a part of an archive) larger than an import reads: name, its size and the limit, in MB. */
        TOO_LARGE,
        /** An archive entry whose path leaves the archive ({@code ../x}, {@code /x}, {@code C:\x}). */
        UNSAFE_PATH,
        /** XML that declares a DOCTYPE (entities, external or not): refused before anything is read. */
        XML_DOCTYPE,
        /** XML that is not well-formed: where, and what the parser said. */
        BAD_XML,
        /** A REFI-QDA project that breaks its schema: line, column, what. */
        NOT_REFI_QDA,
        /** A GUID that is not one (the schema's 8-4-4-4-12 hex): the value and its line. */
        BAD_GUID,
        /** A text source whose text is not in the project: its name and path. */
        MISSING_SOURCE,
        /** A text source whose text cannot be a report (empty, not text): its name. */
        BAD_SOURCE;

        public String messageKey() {
            return "annotate.problem." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Problem problem;
    private final List<String> args;

    public AnnotationException(Problem problem, String... args) {
        super(problem + (args.length == 0 ? "" : ": " + String.join(", ", java.util.Arrays.asList(args))));
        this.problem = problem;
        this.args = java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toList();
    }

    public Problem problem() {
        return problem;
    }

    /** The first of the message's arguments (the one most problems have). */
    public String detail() {
        return args.isEmpty() ? "" : args.get(0);
    }

    /** What fills the message, in order. */
    public Object[] args() {
        return args.toArray();
    }
}
