package org.policyexplorer.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A researcher's note on a passage: where it is (char offsets into the report's text), what it says (the W3C
 * TextQuoteSelector: the exact text with up to 32 characters before and after, which finds it again in a
 * new version of the report), the note, tags (codes) and colour.
 */
public record Annotation(long id, String uuid, long reportId, int start, int end, String exact, String prefix,
                         String suffix, String note, List<String> tags, String color, Status status,
                         Instant created, Instant updated) {

    /** Context kept on each side of the quote. */
    public static final int CONTEXT = 32;

    public Annotation {
        tags = List.copyOf(tags);
    }

    public enum Status {
        ANCHORED, ORPHANED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status fromKey(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }
}
