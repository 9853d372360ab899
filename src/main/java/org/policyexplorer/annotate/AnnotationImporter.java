package org.policyexplorer.annotate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.policyexplorer.annotate.export.W3cAnnotations;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.store.AnnotationRepository;
import org.policyexplorer.store.ReportRepository;

/**
 * Reads back W3C annotations: each is placed on its report (found by the hash of its text) by its quote,
 * with the position as a hint. Annotations already here (same id) are skipped, so a round trip adds
 * nothing twice. All are stored in one transaction, or none when the file is broken or names a report
 * that is not in the library.
 */
public final class AnnotationImporter {
    private final ReportRepository reports;
    private final AnnotationRepository annotations;

    public AnnotationImporter(ReportRepository reports, AnnotationRepository annotations) {
        this.reports = reports;
        this.annotations = annotations;
    }

    /** How an import went. */
    public record Result(int added, int duplicates, int orphaned) {
    }

    public Result importW3c(Path file) throws AnnotationException {
        List<W3cAnnotations.Imported> items = W3cAnnotations.read(file);
        Map<String, ReportDocument> docs = new HashMap<>();
        List<Annotation> fresh = new ArrayList<>();
        int duplicates = 0;
        int orphaned = 0;
        for (W3cAnnotations.Imported item : items) {
            if (item.uuid() != null && annotations.hasUuid(item.uuid())) {
                duplicates++;
                continue;
            }
            ReportDocument doc = docs.computeIfAbsent(item.reportSha(), sha -> reports.findBySha(sha)
                    .flatMap(r -> reports.load(r.id())).orElse(null));
            if (doc == null) {
                throw new AnnotationException(AnnotationException.Problem.UNKNOWN_REPORT, item.reportSha());
            }
            Annotation a = place(doc, item);
            orphaned += a.status() == Annotation.Status.ORPHANED ? 1 : 0;
            fresh.add(a);
        }
        annotations.insertAll(fresh);
        return new Result(fresh.size(), duplicates, orphaned);
    }

    private static Annotation place(ReportDocument doc, W3cAnnotations.Imported item) {
        int hint = item.codePointStart() == null ? 0 : new CodePointOffsets(doc.text()).toChars(item.codePointStart());
        Quote quote = new Quote(item.exact(), item.prefix(), item.suffix());
        Optional<Anchoring.Place> place = Anchoring.locate(doc.text(), quote, hint, doc.text().length());
        String uuid = item.uuid() != null ? item.uuid() : UUID.randomUUID().toString();
        Report report = doc.report();
        if (place.isEmpty()) {
            return new Annotation(0, uuid, report.id(), 0, 0, item.exact(), item.prefix(), item.suffix(), item.note(),
                    item.tags(), item.color(), Annotation.Status.ORPHANED, item.created(), item.created());
        }
        Quote now = Quote.of(doc.text(), place.get().start(), place.get().end());
        return new Annotation(0, uuid, report.id(), place.get().start(), place.get().end(), now.exact(), now.prefix(),
                now.suffix(), item.note(), item.tags(), item.color(), Annotation.Status.ANCHORED, item.created(),
                item.created());
    }
}
