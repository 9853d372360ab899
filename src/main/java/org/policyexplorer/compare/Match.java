package org.policyexplorer.compare;

/**
 * A unit on the other side, with how strongly it connects.
 *
 * @param origin AUTO when computed, USER when the user confirmed or added the link
 */
public record Match(CompareUnit unit, double score, Origin origin) {

    public enum Origin {
        AUTO, USER;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
