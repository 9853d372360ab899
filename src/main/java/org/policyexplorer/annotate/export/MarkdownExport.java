package org.policyexplorer.annotate.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationPaths;
import org.policyexplorer.domain.Annotation;

/** Annotations as Markdown: a heading per report and section, quotes as block quotes, notes and tags under. */
public final class MarkdownExport {
    private MarkdownExport() {
    }

    public static void write(Path target, List<ReportAnnotations> reports, String orphanedHeading)
            throws AnnotationException {
        SafeFile.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (ReportAnnotations r : reports) {
                w.write("# " + r.document().report().title() + "\n\n");
                Map<String, List<Annotation>> bySection = new LinkedHashMap<>();
                for (Annotation a : r.annotations()) {
                    String section = a.status() == Annotation.Status.ORPHANED ? orphanedHeading
                            : String.join(" › ", AnnotationPaths.of(r.document(), a));
                    bySection.computeIfAbsent(section, k -> new java.util.ArrayList<>()).add(a);
                }
                for (Map.Entry<String, List<Annotation>> e : bySection.entrySet()) {
                    w.write("## " + (e.getKey().isEmpty() ? "—" : e.getKey()) + "\n\n");
                    for (Annotation a : e.getValue()) {
                        w.write(a.exact().lines().map(l -> "> " + l).collect(Collectors.joining("\n")) + "\n\n");
                        if (!a.note().isBlank()) {
                            w.write(a.note().strip() + "\n\n");
                        }
                        if (!a.tags().isEmpty()) {
                            w.write(a.tags().stream().map(t -> "`#" + t + "`").collect(Collectors.joining(" ")) + "\n\n");
                        }
                    }
                }
            }
            w.flush();
        });
    }
}
