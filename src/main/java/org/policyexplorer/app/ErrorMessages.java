package org.policyexplorer.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.ReportMissingException;
import org.policyexplorer.store.StoreException;

/**
 * The one place that turns a failure into words for the user, from the resource bundles: never a stack trace,
 * never the English text of a JDBC or file exception inside a Chinese message (the log keeps the details).
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String describe(Messages messages, Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof ImportRejectedException || e instanceof AnnotationException
                || e instanceof StoreException || e instanceof ReportMissingException || e instanceof IOException)) {
            e = e.getCause();
        }
        if (e instanceof ImportRejectedException rejected) {
            return messages.get(rejected.problem().messageKey(), rejected.fileName());
        }
        if (e instanceof AnnotationException annotation) {
            return messages.get(annotation.problem().messageKey(), annotation.args());
        }
        if (e instanceof ReportMissingException) {
            return messages.get("error.reportMissing");
        }
        if (e instanceof StoreException) {
            return messages.get("error.storeFailed");
        }
        if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
            return messages.get("error.file", ((java.nio.file.FileSystemException) e).getFile());
        }
        if (e instanceof IOException) {
            return messages.get("error.io");
        }
        return messages.get("error.unexpected", error.getClass().getSimpleName());
    }
}
