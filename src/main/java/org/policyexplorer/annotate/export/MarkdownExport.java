package org.policyexplorer.annotate.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationPaths;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.Tag;

/**
 * Annotations as Markdown: a heading per report (its memo under its own heading) and section, quotes as block
 * quotes, notes and tags (by their path) under them; then the codes as nested headings, each with its memo.
 */
public final class MarkdownExport {
    /** Markdown has six levels of heading; deeper codes stay at the sixth. */
    private static final int DEEPEST = 6;

    private MarkdownExport() {
    }

    public static void write(Path target, List<ReportAnnotations> reports, Codebook codebook,
                             AnnotationExports.Labels labels) throws AnnotationException {
        SafeFile.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            List<String> used = new ArrayList<>();
            for (ReportAnnotations r : reports) {
                w.write("# " + r.document().report().title() + "\n\n");
                if (!r.memo().isBlank()) {
                    w.write("## " + labels.memoHeading() + "\n\n" + r.memo().strip() + "\n\n");
                }
                Map<String, List<Annotation>> bySection = new LinkedHashMap<>();
                for (Annotation a : r.annotations()) {
                    String section = a.status() == Annotation.Status.ORPHANED ? labels.orphanedHeading()
                            : String.join(" › ", AnnotationPaths.of(r.document(), a));
                    bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(a);
                    used.addAll(a.tags());
                }
                for (Map.Entry<String, List<Annotation>> e : bySection.entrySet()) {
                    w.write("## " + (e.getKey().isEmpty() ? "—" : e.getKey()) + "\n\n");
                    for (Annotation a : e.getValue()) {
                        w.write(a.exact().lines().map(l -> "> " + l).collect(Collectors.joining("\n")) + "\n\n");
                        if (!a.note().isBlank()) {
                            w.write(a.note().strip() + "\n\n");
                        }
                        if (!a.tags().isEmpty()) {
                            w.write(a.tags().stream().map(t -> "`#" + codebook.pathText(t) + "`")
                                    .collect(Collectors.joining(" ")) + "\n\n");
                        }
                    }
                }
            }
            Codebook codes = codebook.including(used);
            if (!codes.tags().isEmpty()) {
                w.write("# " + labels.codesHeading() + "\n\n");
                for (Tag root : codes.roots()) {
                    code(w, codes, root, 2);
                }
            }
            w.flush();
        });
    }

    private static void code(Writer w, Codebook codes, Tag tag, int level) throws IOException {
        w.write("#".repeat(Math.min(level, DEEPEST)) + " " + tag.name() + "\n\n");
        if (!tag.memo().isBlank()) {
            w.write(tag.memo().strip() + "\n\n");
        }
        for (Tag child : codes.children(tag.name())) {
            code(w, codes, child, level + 1);
        }
    }
}
