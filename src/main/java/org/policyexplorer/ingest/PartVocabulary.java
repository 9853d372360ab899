package org.policyexplorer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The genre's words for what a part does, read once from {@code part-vocabulary.properties}. */
final class PartVocabulary {
    static final PartVocabulary DEFAULT = load("part-vocabulary.properties");

    final Pattern headingReview;
    final Pattern headingPlan;
    final Pattern headingGovernance;
    final Pattern headingOther;
    final Pattern introReview;
    final Pattern introPlan;
    final Pattern introGovernance;
    final Pattern tensePast;
    final Pattern tenseFuture;
    final Pattern textGovernance;
    final double textGovernancePer1000;

    private PartVocabulary(Properties p) {
        headingReview = pattern(p, "heading.review");
        headingPlan = pattern(p, "heading.plan");
        headingGovernance = pattern(p, "heading.governance");
        headingOther = pattern(p, "heading.other");
        introReview = pattern(p, "intro.review");
        introPlan = pattern(p, "intro.plan");
        introGovernance = pattern(p, "intro.governance");
        tensePast = pattern(p, "tense.past");
        tenseFuture = pattern(p, "tense.future");
        textGovernance = pattern(p, "text.governance");
        textGovernancePer1000 = Double.parseDouble(p.getProperty("text.governance.per1000", "4.5").strip());
    }

    static PartVocabulary load(String resource) {
        try (InputStream in = PartVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PartVocabulary(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern pattern(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("part vocabulary lacks " + key);
        }
        return Pattern.compile(value.strip());
    }

    static boolean finds(Pattern p, String text) {
        return p.matcher(text).find();
    }

    static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
