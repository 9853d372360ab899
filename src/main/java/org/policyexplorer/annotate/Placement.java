package org.policyexplorer.annotate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;

/** An imported annotation put on its report: at a known place, or found by its quote, or kept as orphaned. */
public final class Placement {
    private Placement() {
    }

    /** At {@code [start, end)} (chars), with the quote and context read from the text there. */
    public static Annotation anchored(ReportDocument doc, String uuid, int start, int end, String note,
                                      List<String> tags, String color, Instant created) {
        Quote now = Quote.of(doc.text(), start, end);
        return new Annotation(0, uuid, doc.report().id(), start, end, now.exact(), now.prefix(), now.suffix(), note,
                tags, color, Annotation.Status.ANCHORED, created, created);
    }

    /** Where the quote is found (near {@code hint}, in chars), or orphaned with the quote when it is not. */
    public static Annotation byQuote(ReportDocument doc, String uuid, Quote quote, int hint, String note,
                                     List<String> tags, String color, Instant created) {
        Optional<Anchoring.Place> place = Anchoring.locate(doc.text(), quote, hint, doc.text().length());
        if (place.isEmpty()) {
            return orphaned(doc, uuid, quote, note, tags, color, created);
        }
        return anchored(doc, uuid, place.get().start(), place.get().end(), note, tags, color, created);
    }

    /** Kept with its quote, note and tags, without a place. */
    public static Annotation orphaned(ReportDocument doc, String uuid, Quote quote, String note, List<String> tags,
                                      String color, Instant created) {
        return new Annotation(0, uuid, doc.report().id(), 0, 0, quote.exact(), quote.prefix(), quote.suffix(), note,
                tags, color, Annotation.Status.ORPHANED, created, created);
    }
}
