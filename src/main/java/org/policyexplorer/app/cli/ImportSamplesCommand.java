package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.library.SampleImport;
import org.policyexplorer.library.SampleProgress;
import picocli.CommandLine.Command;

/**
 * {@code import-samples [--json]}: imports the sample library bundled with the application (43 real reports,
 * 1982–2026); the samples already in the store are skipped, so running it again adds nothing.
 */
@Command(name = "import-samples", description = "Import the sample library bundled with the application: 43 real "
        + "work reports of every level from 1982 to 2026. Samples already in the store are skipped.")
final class ImportSamplesCommand extends ContextCommand {
    /** What {@code import-samples --json} prints: the counts, the refused samples and every sample's report. */
    record Summary(int imported, int skipped, List<Failed> failed, List<Sample> reports) {
    }

    /** A sample the importer refused, with the reason in the user's language. */
    record Failed(String file, String problem, String message) {
    }

    /** A sample's report as it is now in the store; {@code created} when this run added it. */
    record Sample(long id, String file, String title, String place, Integer year, String level, boolean created) {
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        SampleImport.Outcome outcome = context.library().importSamples(SampleProgress.QUIET);
        List<Failed> failed = outcome.failed().stream().map(f -> new Failed(f.file(), f.problem().name()
                .toLowerCase(java.util.Locale.ROOT), context.messages().get(f.problem().messageKey(), f.file())))
                .toList();
        if (json) {
            Json.print(out, new Summary(outcome.imported(), outcome.skipped(), failed, outcome.reports().stream()
                    .map(s -> new Sample(s.report().id(), s.sample().file(), s.report().title(), s.report().place(),
                            s.report().year(), s.report().level() == null ? null : s.report().level().key(),
                            s.created())).toList()));
        } else {
            out.println(context.messages().get("samples.summary", outcome.imported(), outcome.skipped(),
                    failed.size()));
        }
        failed.forEach(f -> spec.commandLine().getErr().println(f.message()));
    }
}
