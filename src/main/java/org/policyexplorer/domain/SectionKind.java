package org.policyexplorer.domain;

/** The levels of a work report's outline, from the outside in. */
public enum SectionKind {
    PART, CHAPTER, TOPIC, PARAGRAPH;

    /** The lower-case name used in the store and in JSON. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SectionKind fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
