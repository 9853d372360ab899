package org.policyexplorer.annotate;

import java.util.List;

/**
 * Something an import did not take as it was, for the user to read: an item it could not place, a passage it
 * placed again by its quote, a note it had nowhere to put. {@code key} names the message in the bundles
 * ({@code import.note.*}), {@code args} fill it.
 */
public record ImportNote(String key, List<String> args) {

    public ImportNote {
        args = List.copyOf(args);
    }

    public static ImportNote of(String key, Object... args) {
        return new ImportNote("import.note." + key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
