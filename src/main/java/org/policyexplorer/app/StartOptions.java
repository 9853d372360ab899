package org.policyexplorer.app;

import java.nio.file.Path;

/**
 * What the command line says about the session: which store, which language, whether to print timings.
 *
 * @param database   null for the default location
 * @param lang       null for the system language
 * @param checkStart open the window, say what it opened and quit after the first frame (checks an install)
 */
public record StartOptions(Path database, String lang, boolean timings, boolean checkStart) {

    public Path resolvedDatabase() {
        return DataLocation.resolveDatabase(database);
    }

    public Messages messages() {
        return new Messages(Messages.localeFor(lang));
    }
}
