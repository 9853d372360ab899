package org.policyexplorer.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationImporter;
import org.policyexplorer.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import-annotations FILE}: reads back a W3C export; what is already here is not added twice. */
@Command(name = "import-annotations", description = "Import annotations from a W3C Web Annotation JSON-LD file.")
final class ImportAnnotationsCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            AnnotationImporter.Result result;
            try {
                result = context.annotationImporter().importW3c(file);
            } catch (AnnotationException e) {
                throw AnnotationJson.userError(context, e);
            }
            spec.commandLine().getOut().println(context.messages().get("annotate.imported", result.added(),
                    result.duplicates(), result.orphaned()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
