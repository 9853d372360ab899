package org.policyexplorer.library;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.policyexplorer.domain.ReportLevel;

/**
 * The sample library bundled with the application: 43 real work reports from 1982 to 2026, of every level,
 * so that a new user can try the library, its facets and search across reports at once. The texts are the
 * jar's {@code /corpus/} reports (the same the tests and benchmarks read); the manifest names each with the
 * place, level and year a reader gives it and where it was found.
 */
public final class SampleLibrary {
    /** The manifest: the folder of the texts and one entry per sample. */
    public static final String MANIFEST = "/org/policyexplorer/samples/manifest.json";

    /** Where a sample was found: a file (and where needed the record in it) of a repository at one commit. */
    public record Source(String repository, String path, String commit, String url, String cleanup) {
    }

    /**
     * One bundled report as labelled by reading it.
     *
     * @param file the file name in the texts folder, also the report's source name when imported
     */
    public record Sample(String file, String place, String level, Integer year, Source source) {
        public ReportLevel reportLevel() {
            return ReportLevel.fromKey(level);
        }
    }

    private record Manifest(String texts, List<Sample> samples) {
    }

    private final String texts;
    private final List<Sample> samples;

    private SampleLibrary(String texts, List<Sample> samples) {
        this.texts = texts;
        this.samples = List.copyOf(samples);
    }

    /** Read on first use, not at start-up: most sessions never import the samples. */
    private static final class Bundled {
        static final SampleLibrary LIBRARY = read();
    }

    /** The samples of the jar; the manifest is part of the build, so one that cannot be read is a build error. */
    public static SampleLibrary bundled() {
        return Bundled.LIBRARY;
    }

    private static SampleLibrary read() {
        try (InputStream in = resource(MANIFEST)) {
            Manifest manifest = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Manifest.class);
            return new SampleLibrary(manifest.texts(), manifest.samples());
        } catch (IOException e) {
            throw new UncheckedIOException("sample manifest unreadable: " + MANIFEST, e);
        }
    }

    /** Every sample, in the manifest's order (by file name). */
    public List<Sample> samples() {
        return samples;
    }

    /** The sample's text as bundled (UTF-8). */
    public byte[] open(Sample sample) {
        try (InputStream in = resource(texts + sample.file())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SampleLibrary.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("sample library missing from the build: " + name);
        }
        return in;
    }
}
