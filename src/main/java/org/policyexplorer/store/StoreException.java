package org.policyexplorer.store;

/** The store could not be opened, read or written. Wraps the SQL error with what we were doing. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
