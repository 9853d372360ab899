package org.policyexplorer.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policyexplorer.annotate.AnnotationService;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.SourceFormat;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.ImportResult;
import org.policyexplorer.library.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import FILE [--json]}: adds a report to the store and prints its id (the existing one for a duplicate). */
@Command(name = "import", description = "Import a report: plain text (UTF-8, GB18030/GBK, UTF-16), a saved web page, "
        + "Word (.docx, .doc) or PDF.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--new-version-of", paramLabel = "ID", description = "The file is a new version of this "
            + "report: its annotations move to the new one, placed again by their quotes.")
    Long previousVersion;

    /**
     * What {@code import --json} prints. {@code newVersionOf} is always there (null when the report is no new
     * version); the two annotation counts only with {@code --new-version-of}.
     */
    record Imported(long id, boolean created, boolean structured, ReportJson report, String sourceFormat,
                    Long newVersionOf,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Integer annotationsPlaced,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Integer annotationsOrphaned) {
    }

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            PrintWriter out = spec.commandLine().getOut();
            LibraryService.Imported imported;
            try {
                imported = context.library().importFile(file);
            } catch (ImportRejectedException e) {
                throw new UserError(context.messages().get(e.problem().messageKey(), e.fileName()));
            }
            ImportResult result = imported.result();
            AnnotationService.Reanchored moved = null;
            if (previousVersion != null) {
                ReportDocument old = ReportSelection.load(context, previousVersion);
                moved = context.annotations().reanchor(old, imported.document());
                spec.commandLine().getErr().println(context.messages().get("import.reanchored", moved.placed(),
                        moved.orphaned()));
            }
            if (json) {
                // a corrected edition of a report already here: its annotations can follow (--new-version-of)
                Long newVersionOf = imported.earlierVersion() == null ? null : imported.earlierVersion().id();
                Json.print(out, new Imported(result.report().id(), result.created(), result.structured(),
                        ReportJson.of(result.report()), SourceFormat.of(result.report().sourceEncoding()).key(),
                        newVersionOf, moved == null ? null : moved.placed(),
                        moved == null ? null : moved.orphaned()));
            } else {
                out.println(result.report().id());
                if (!result.created()) {
                    spec.commandLine().getErr().println(context.messages().get("import.duplicate",
                            result.report().title()));
                }
            }
            if (!result.structured()) {
                spec.commandLine().getErr().println(context.messages().get("import.flat", file.getFileName()));
            }
            out.flush();
            return 0;
        }
    }
}
