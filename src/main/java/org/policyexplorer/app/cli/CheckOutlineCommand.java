package org.policyexplorer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyexplorer.library.OutlineCheck;
import org.policyexplorer.library.OutlineExpectation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check-outline DIR --expected FILE.json [--json]}: the parser's score on labelled reports. */
@Command(name = "check-outline", description = "Import every labelled report of DIR into a temporary store and "
        + "print what differs from its label (parts, roles, years, chapter counts, place, year, level).")
final class CheckOutlineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder holding the report files.")
    Path dir;

    @Option(names = "--expected", paramLabel = "FILE", required = true,
            description = "The labels: a JSON object keyed by file name (place, year, level, parts).")
    Path expected;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Map<String, OutlineExpectation> labels;
        try {
            labels = OutlineExpectation.read(expected);
        } catch (IOException e) {
            throw new UserError("cannot read " + expected + ": " + e.getMessage());
        }
        List<OutlineCheck.Result> results = new OutlineCheck().run(dir, labels);
        long right = results.stream().filter(OutlineCheck.Result::right).count();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("right", right);
            m.put("total", results.size());
            m.put("reports", results.stream().map(r -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("file", r.file());
                item.put("right", r.right());
                item.put("differences", r.differences());
                return item;
            }).toList());
            Json.print(out, m);
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
