package org.policyexplorer.app.cli;

/** A problem the user can fix, with a message already in the user's language; printed without a trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
