package org.policyexplorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real reports the tests run on: the bundled seed and the corpus (main resources, shipped for the benchmark). */
public final class TestReports {
    public static final String SEED = "/seeds/tongzhou-2018-government-work-report.txt";
    public static final String[] CORPUS = {
        "report_hailar_2017.txt", "report_hailar_2018.txt", "report_guangdong_2022.txt",
        "report_liaoning_2026.txt", "report_hainan_2026.txt", "report_jilin_2026.txt",
    };

    /**
     * Two characters outside the BMP (U+21484 and U+20000: two Java chars each, one code point each). Put into a
     * report's opening sentence by {@link #withOutsideBmp}, they make every later char offset differ from its
     * code-point offset by two, so an exported offset that counts chars is caught.
     */
    public static final String OUTSIDE_BMP = "\uD845\uDC84\uD840\uDC00";

    private TestReports() {
    }

    /** A corpus report with {@link #OUTSIDE_BMP} before its opening sentence (现在，我代表…), ahead of every part. */
    public static String withOutsideBmp(String corpusName) {
        String text = corpus(corpusName);
        int at = text.indexOf("现在");
        if (at < 0 || at > 300) {
            throw new IllegalArgumentException(corpusName + " has no opening 现在 near its start");
        }
        return text.substring(0, at) + OUTSIDE_BMP + text.substring(at);
    }

    public static String seed() {
        return read(SEED);
    }

    public static String corpus(String name) {
        return read("/corpus/" + name);
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = TestReports.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** A folder or file of the test class path (the corpus, the labels), as a path. */
    public static java.nio.file.Path path(String resource) {
        try {
            return java.nio.file.Path.of(TestReports.class.getResource(resource).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How often a term occurs in a text, counted by hand: what a search must find. */
    public static int occurrences(String text, String term) {
        int n = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
            n++;
        }
        return n;
    }
}
