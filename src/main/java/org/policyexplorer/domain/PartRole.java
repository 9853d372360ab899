package org.policyexplorer.domain;

import java.util.Locale;

/** What a top-level part of a work report does: look back, plan ahead, talk about the government itself. */
public enum PartRole {
    PREAMBLE, REVIEW, PLAN, GOVERNANCE, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PartRole fromKey(String key) {
        return key == null ? null : valueOf(key.toUpperCase(Locale.ROOT));
    }
}
