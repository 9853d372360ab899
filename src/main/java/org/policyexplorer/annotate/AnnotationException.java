package org.policyexplorer.annotate;

import java.util.Locale;

/** An annotation request that cannot be carried out; the problem has a message in the bundles. */
public final class AnnotationException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Problem {
        EMPTY_SELECTION, QUOTE_NOT_FOUND, OUT_OF_RANGE, NO_SUCH_ANNOTATION, NO_SUCH_TAG, BAD_IMPORT, UNKNOWN_REPORT, NOT_WRITABLE;

        public String messageKey() {
            return "annotate.problem." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Problem problem;
    private final String detail;

    public AnnotationException(Problem problem, String detail) {
        super(problem + (detail == null ? "" : ": " + detail));
        this.problem = problem;
        this.detail = detail == null ? "" : detail;
    }

    public Problem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }
}
