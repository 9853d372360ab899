package org.policyexplorer.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line run in-process over one store, as a script runs it: output, errors and exit code. */
final class CliRun {
    private final Path db;
    private final String lang;
    int exit;
    String err;

    CliRun(Path db, String lang) {
        this.db = db;
        this.lang = lang;
    }

    /** Runs one command and returns what it printed; {@link #exit} and {@link #err} say the rest. */
    String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter errors = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--lang", lang));
        all.addAll(List.of(args));
        exit = Launcher.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(errors),
                options -> { throw new AssertionError("no window from the CLI"); });
        err = errors.toString();
        return out.toString();
    }

    /** A store in {@code dir} with these corpus reports imported through {@code import}, each checked. */
    static CliRun libraryOf(Path dir, String lang, String... corpus) throws java.io.IOException {
        CliRun cli = new CliRun(dir.resolve("cli.db"), lang);
        for (String name : corpus) {
            Path file = dir.resolve(name);
            java.nio.file.Files.write(file, org.policyexplorer.TestReports.bytes("/corpus/" + name));
            cli.run("import", file.toString());
            org.assertj.core.api.Assertions.assertThat(cli.exit).as(cli.err).isZero();
        }
        return cli;
    }
}
