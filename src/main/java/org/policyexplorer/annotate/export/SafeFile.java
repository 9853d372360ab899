package org.policyexplorer.annotate.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.policyexplorer.annotate.AnnotationException;

/**
 * Writes a file whole or not at all: into a temp file beside the target, then moved into place. A full disk
 * or a read-only folder leaves no partial file and the old file, if any, untouched.
 */
public final class SafeFile {
    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFile() {
    }

    public static void write(Path target, Content content) throws AnnotationException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more can be done; the temp file is hidden and named .part
                }
            }
            throw new AnnotationException(AnnotationException.Problem.NOT_WRITABLE,
                    target + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
