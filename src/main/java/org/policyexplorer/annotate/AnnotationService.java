package org.policyexplorer.annotate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.store.AnnotationRepository;

/** Creates, edits, deletes (recoverably) and re-anchors annotations. */
public final class AnnotationService {
    public static final String DEFAULT_COLOR = "#ffd54f";
    private final AnnotationRepository annotations;

    public AnnotationService(AnnotationRepository annotations) {
        this.annotations = annotations;
    }

    /** The live annotations of one report (or all with {@code reportId} null), optionally with one tag. */
    public List<Annotation> list(Long reportId, String tag) {
        return annotations.list(reportId, tag);
    }

    /**
     * The live annotations of one report (or all) carrying any of these tags: a tag with its descendants
     * ({@link org.policyexplorer.domain.Codebook#withDescendants}) lists what a parent code gathers.
     */
    public List<Annotation> listAnyOf(Long reportId, java.util.Collection<String> tags) {
        return annotations.listAnyOf(reportId, tags);
    }

    /** Annotates {@code [start, end)} of a report's text (Java chars). */
    public Annotation create(ReportDocument doc, int start, int end, String note, List<String> tags, String color)
            throws AnnotationException {
        if (start < 0 || end > doc.text().length() || start > end) {
            throw new AnnotationException(AnnotationException.Problem.OUT_OF_RANGE, start + "–" + end);
        }
        if (doc.text().substring(start, end).isBlank()) {
            throw new AnnotationException(AnnotationException.Problem.EMPTY_SELECTION);
        }
        Quote quote = Quote.of(doc.text(), start, end);
        Instant now = Instant.now();
        return annotations.insert(new Annotation(0, UUID.randomUUID().toString(), doc.report().id(), start, end,
                quote.exact(), quote.prefix(), quote.suffix(), note == null ? "" : note, clean(tags),
                color == null || color.isBlank() ? DEFAULT_COLOR : color, Annotation.Status.ANCHORED, now, now));
    }

    /** Annotates the n-th (from 1) occurrence of a quote; fails clearly when the report does not say it. */
    public Annotation createByQuote(ReportDocument doc, String quote, int occurrence, String note, List<String> tags,
                                   String color) throws AnnotationException {
        if (quote == null || quote.isBlank()) {
            throw new AnnotationException(AnnotationException.Problem.EMPTY_SELECTION);
        }
        int at = -1;
        for (int n = 0; n < Math.max(1, occurrence); n++) {
            at = doc.text().indexOf(quote, at + 1);
            if (at < 0) {
                throw new AnnotationException(AnnotationException.Problem.QUOTE_NOT_FOUND, quote);
            }
        }
        return create(doc, at, at + quote.length(), note, tags, color);
    }

    public Annotation update(long id, String note, List<String> tags, String color) throws AnnotationException {
        if (annotations.find(id).isEmpty()) {
            throw new AnnotationException(AnnotationException.Problem.NO_SUCH_ANNOTATION, Long.toString(id));
        }
        return annotations.update(id, note == null ? "" : note, clean(tags), color);
    }

    public void delete(long id) throws AnnotationException {
        if (!annotations.delete(id)) {
            throw new AnnotationException(AnnotationException.Problem.NO_SUCH_ANNOTATION, Long.toString(id));
        }
    }

    public void undoDelete(long id) {
        annotations.undelete(id);
    }

    /** Brings back a deleted annotation; refused when there is none of that id among the deleted. */
    public void restore(long id) throws AnnotationException {
        if (!annotations.undelete(id)) {
            throw new AnnotationException(AnnotationException.Problem.NO_SUCH_ANNOTATION, Long.toString(id));
        }
    }

    public java.util.Optional<Annotation> find(long id) {
        return annotations.find(id);
    }

    /**
     * Moves every annotation of an old version of a report onto its new version, placing each passage again
     * by its quote; those that cannot be placed stay, marked orphaned. All move in one transaction: if one
     * cannot be written, every one stays on the old version. The report's memo moves with them. Returns how
     * many were placed.
     */
    public Reanchored reanchor(ReportDocument oldVersion, ReportDocument newVersion) {
        long to = newVersion.report().id();
        List<AnnotationRepository.Move> moves = new ArrayList<>();
        int placed = 0;
        for (Annotation a : annotations.list(oldVersion.report().id(), null)) {
            Quote quote = new Quote(a.exact(), a.prefix(), a.suffix());
            Optional<Anchoring.Place> place = Anchoring.locate(newVersion.text(), quote, a.start(),
                    oldVersion.text().length());
            if (place.isPresent()) {
                Quote now = Quote.of(newVersion.text(), place.get().start(), place.get().end());
                moves.add(new AnnotationRepository.Move(a.id(), to, place.get().start(), place.get().end(),
                        now.exact(), now.prefix(), now.suffix(), Annotation.Status.ANCHORED));
                placed++;
            } else {
                moves.add(new AnnotationRepository.Move(a.id(), to, 0, 0, a.exact(), a.prefix(), a.suffix(),
                        Annotation.Status.ORPHANED));
            }
        }
        annotations.moveAll(moves, oldVersion.report().id(), to);
        return new Reanchored(placed, moves.size() - placed);
    }

    /** How a re-anchoring went. */
    public record Reanchored(int placed, int orphaned) {
    }

    static List<String> clean(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
