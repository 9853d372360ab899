package org.policyexplorer.ingest;

/** A file was turned down before anything was written; {@link #problem()} says why, in terms a user can be told. */
public class ImportRejectedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ImportProblem problem;
    private final String fileName;

    public ImportRejectedException(ImportProblem problem, String fileName, String detail) {
        super(problem + ": " + fileName + (detail == null ? "" : " (" + detail + ")"));
        this.problem = problem;
        this.fileName = fileName;
    }

    public ImportProblem problem() {
        return problem;
    }

    public String fileName() {
        return fileName;
    }
}
