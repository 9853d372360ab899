package org.policyexplorer.app;

import java.nio.file.Path;

/**
 * What the command line says about the session: which store, which language, whether to print timings.
 *
 * @param database null for the default location
 * @param lang     null for the system language
 */
public record StartOptions(Path database, String lang, boolean timings) {

    public Path resolvedDatabase() {
        return DataLocation.resolveDatabase(database);
    }

    public Messages messages() {
        return new Messages(Messages.localeFor(lang));
    }
}
