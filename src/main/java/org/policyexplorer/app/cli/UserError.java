package org.policyexplorer.app.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.policyexplorer.app.Messages;

/** A problem the user can fix, with a message already in the user's language; printed without a trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    /**
     * A file or folder the user named that could not be read: "not there" when it is missing, else the reason.
     * {@code given} is what the user typed, named when the exception does not say which file failed.
     */
    static UserError cannotRead(Messages messages, Path given, IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : given.toString();
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return new UserError(messages.get("cli.error.noSuchFile", file));
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        // the first line: a JSON parser's message goes on to quote where it was
        return new UserError(messages.get("cli.error.cannotRead", file,
                reason == null ? e.getClass().getSimpleName() : reason.lines().findFirst().orElse(reason)));
    }

    /** A folder the user named that is not there (or is a file): refused before any work is done. */
    static void requireFolder(Messages messages, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserError(messages.get("cli.error.noSuchFile", folder));
        }
    }
}
