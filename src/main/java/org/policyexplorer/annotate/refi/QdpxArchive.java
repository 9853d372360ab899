package org.policyexplorer.annotate.refi;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.policyexplorer.annotate.AnnotationException;

/**
 * The files of a .qdpx (a zip), read into memory with limits and never written to disk: an entry whose path
 * would leave the archive ({@code ../x}, {@code /x}, {@code C:\x}) is refused, as are more entries, or more
 * bytes once inflated, than a project can sensibly hold (sizes are counted while inflating, not taken from the
 * zip's headers, which a zip bomb fills with what it likes).
 */
final class QdpxArchive {
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** A source text or the project file; work reports are well under 1 MB. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    private static final int MB = 1024 * 1024;

    private final Map<String, byte[]> entries;

    private QdpxArchive(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    static QdpxArchive read(Path file) throws AnnotationException {
        String name = String.valueOf(file.getFileName());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw tooLarge(name, Files.size(file), MAX_FILE_BYTES);
            }
            long total = 0;
            int count = 0;
            try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (++count > MAX_ENTRIES) {
                        throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT,
                                name + ": > " + MAX_ENTRIES + " entries");
                    }
                    String path = safePath(e.getName());
                    long room = MAX_TOTAL_BYTES - total;
                    long limit = Math.min(MAX_ENTRY_BYTES, room);
                    byte[] bytes = readBounded(zip, limit);
                    if (bytes == null) {
                        throw tooLarge(name, limit + 1, room < MAX_ENTRY_BYTES ? MAX_TOTAL_BYTES : MAX_ENTRY_BYTES);
                    }
                    total += bytes.length;
                    if (!e.isDirectory()) {
                        if (entries.put(path, bytes) != null) {
                            throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT,
                                    name + ": " + path + " twice");
                        }
                    }
                }
            }
            if (count == 0) {
                throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT, name + ": not a zip");
            }
        } catch (IOException e) {
            throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT, name + ": "
                    + e.getClass().getSimpleName());
        }
        return new QdpxArchive(entries);
    }

    /** The entry's path, or a refusal when it would lead out of the archive if it were unpacked. */
    static String safePath(String path) throws AnnotationException {
        String p = path.replace('\\', '/');
        boolean escapes = p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.indexOf('\0') >= 0;
        for (String part : p.split("/")) {
            escapes |= part.equals("..");
        }
        if (escapes) {
            throw new AnnotationException(AnnotationException.Problem.UNSAFE_PATH, path);
        }
        return p;
    }

    /** The entry's bytes, or null as soon as there are more than {@code limit} of them. */
    private static byte[] readBounded(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            read += n;
            if (read > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static AnnotationException tooLarge(String name, long size, long limit) {
        return new AnnotationException(AnnotationException.Problem.TOO_LARGE, name,
                Long.toString(Math.max(1, size / MB)), Long.toString(limit / MB));
    }

    /** The project file: {@code project.qde} at the top, or the one {@code .qde} there is. */
    byte[] project(String archiveName) throws AnnotationException {
        if (entries.containsKey("project.qde")) {
            return entries.get("project.qde");
        }
        byte[] found = null;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().contains("/") && e.getKey().toLowerCase(Locale.ROOT).endsWith(".qde")) {
                if (found != null) {
                    found = null;
                    break;
                }
                found = e.getValue();
            }
        }
        if (found == null) {
            throw new AnnotationException(AnnotationException.Problem.BAD_IMPORT, archiveName + ": no project.qde");
        }
        return found;
    }

    /**
     * A file a source or note names as {@code internal://name}: kept under {@code sources/} (some tools write
     * {@code Sources/}), or at the top. Empty when it is not in the archive, or names a way out of it.
     */
    Optional<byte[]> internal(String reference) throws AnnotationException {
        if (reference == null || !reference.startsWith("internal://")) {
            return Optional.empty();
        }
        String path = safePath(reference.substring("internal://".length()).replaceFirst("^/+", ""));
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String key = e.getKey();
            if (key.equalsIgnoreCase("sources/" + path) || key.equals(path)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
