package org.policyexplorer.domain;

import java.util.Locale;

/**
 * A user's word on a review–plan pair: confirmed (the suggestion is right), rejected (it is not), or added
 * (a pair the computation missed). Sections are named by report hash and title path, so the word survives
 * re-computation and re-import.
 */
public record Link(String reviewSha, String reviewKey, String planSha, String planKey, State state) {

    public enum State {
        CONFIRMED, REJECTED, ADDED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static State fromKey(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }
}
