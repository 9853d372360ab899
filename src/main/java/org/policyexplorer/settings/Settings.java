package org.policyexplorer.settings;

import java.util.Map;
import java.util.Optional;
import org.policyexplorer.store.PreferenceRepository;

/**
 * What the application remembers between runs (window geometry, reading style, last report and section,
 * recent searches), as string pairs. A window opened read-only beside another keeps its changes for the
 * session only: the other window owns the store.
 */
public final class Settings {
    private final PreferenceRepository preferences;
    private final boolean readOnly;

    public Settings(PreferenceRepository preferences, boolean readOnly) {
        this.preferences = preferences;
        this.readOnly = readOnly;
    }

    public Optional<String> get(String key) {
        return preferences.get(key);
    }

    public Map<String, String> all() {
        return preferences.all();
    }

    /** Stores the values in one transaction; in a read-only window, does nothing. */
    public void putAll(Map<String, String> values) {
        if (!readOnly && !values.isEmpty()) {
            preferences.putAll(values);
        }
    }
}
