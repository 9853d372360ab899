package org.policyexplorer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyexplorer.library.OutlineCheck;
import org.policyexplorer.library.OutlineExpectation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check-outline DIR --expected FILE.json [--json]}: the parser's score on labelled reports. */
@Command(name = "check-outline", description = "Import every labelled report of DIR into a temporary store and "
        + "print what differs from its label (parts, roles, years, chapter counts, place, year, level).")
final class CheckOutlineCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder holding the report files.")
    Path dir;

    @Option(names = "--expected", paramLabel = "FILE", required = true,
            description = "The labels: a JSON object keyed by file name (place, year, level, parts).")
    Path expected;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** {@code check-outline --json}: how many reports are right as labelled, and what differs in each. */
    record CheckJson(long right, int total, List<FileJson> reports) {
    }

    /** One labelled file: right, or the differences from its label. */
    record FileJson(String file, boolean right, List<String> differences) {
    }

    @Override
    public Integer call() {
        UserError.requireFolder(root.options().messages(), dir);
        Map<String, OutlineExpectation> labels;
        try {
            labels = OutlineExpectation.read(expected);
        } catch (IOException e) {
            throw UserError.cannotRead(root.options().messages(), expected, e);
        }
        List<OutlineCheck.Result> results;
        try {
            results = new OutlineCheck().run(dir, labels);
        } catch (IOException e) {
            throw UserError.cannotRead(root.options().messages(), dir, e);
        }
        long right = results.stream().filter(OutlineCheck.Result::right).count();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, new CheckJson(right, results.size(), results.stream()
                    .map(r -> new FileJson(r.file(), r.right(), r.differences())).toList()));
        } else {
            for (OutlineCheck.Result r : results) {
                out.println((r.right() ? "ok    " : "WRONG ") + r.file());
                r.differences().forEach(d -> out.println("        " + d));
            }
            out.println(right + " of " + results.size() + " right");
        }
        out.flush();
        return 0;
    }
}
