package org.policyexplorer.annotate.refi;

import java.util.List;
import java.util.Optional;
import org.policyexplorer.annotate.ImportNote;
import org.policyexplorer.annotate.Placement;
import org.policyexplorer.annotate.Quote;
import org.policyexplorer.annotate.export.XmlText;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.ReportDocument;

/**
 * Puts a project's coded passage on its report. Positions count characters (code points) of the source's text;
 * they are checked against it: a selection's name, where a tool writes the passage's text there (whole, or cut
 * and ending in "…", as this program does), must agree with the text at the position. A passage
 * whose position is past the end of the text, or whose name is text found elsewhere, is placed again by its name;
 * if that fails it is kept as orphaned. Never dropped; each of these is told to the user.
 */
final class SelectionPlacer {
    /** The annotation, and what the user is told about how it was placed, if anything. */
    record Placed(Annotation annotation, Optional<ImportNote> note) {
    }

    private final String source;
    private final CodePointOffsets offsets;
    private final int length;
    private final ReportDocument doc;
    private final String sourceName;

    SelectionPlacer(String source, ReportDocument doc, String sourceName) {
        this.source = source;
        this.offsets = new CodePointOffsets(source);
        this.length = source.codePointCount(0, source.length());
        this.doc = doc;
        this.sourceName = sourceName;
    }

    /** How a passage is named in messages: its name, shortened, or its GUID. */
    String label(QdeProject.Selection s) {
        return s.name() == null || s.name().isBlank() ? s.guid() : XmlText.cut(s.name().strip(), 20);
    }

    Placed place(QdeProject.Selection s, String note, List<String> tags, String color) {
        String name = s.name() == null ? "" : s.name();
        boolean cut = name.endsWith("…");
        String head = cut ? name.substring(0, name.length() - 1) : name;
        // a name that is the passage's text: cut (ending in …), or as long as the selection says the passage is;
        // any other name is a label (a code's name, "1:3" in ATLAS.ti) and says nothing of where the passage is
        boolean textLike = cut || head.codePointCount(0, head.length()) == s.end() - s.start();
        boolean named = textLike && !head.isBlank() && source.contains(head);
        boolean inText = s.start() >= 0 && s.start() < s.end() && s.end() <= length;
        if (inText) {
            int from = offsets.toChars((int) s.start());
            int to = offsets.toChars((int) s.end());
            String selected = source.substring(from, to);
            boolean agrees = !named || (cut ? selected.startsWith(head) : selected.equals(head));
            if (agrees) {
                return onReport(s, from, to, note, tags, color, Optional.empty());
            }
            int[] found = byName(head, cut, from, (int) (s.end() - s.start()));
            return onReport(s, found[0], found[1], note, tags, color, Optional.of(ImportNote.of("reanchored",
                    label(s), s.start(), s.end(), sourceName)));
        }
        if (named) {
            int hint = s.start() >= 0 && s.start() < length ? offsets.toChars((int) s.start()) : source.length();
            int span = s.end() > s.start() && s.end() - s.start() < Integer.MAX_VALUE ? (int) (s.end() - s.start()) : 0;
            int[] found = byName(head, cut, hint, span);
            return onReport(s, found[0], found[1], note, tags, color, Optional.of(ImportNote.of("pastEndReanchored",
                    label(s), s.start(), s.end(), sourceName, length)));
        }
        Annotation kept = Placement.orphaned(doc, s.guid(), new Quote(head, "", ""), note, tags, color, s.created());
        return new Placed(kept, Optional.of(ImportNote.of("pastEndOrphaned", label(s), s.start(), s.end(), sourceName,
                length)));
    }

    /**
     * Where the name's text is, nearest the given place (chars): the whole passage when the name was not cut, else
     * as many code points from there as the selection spanned (at least the name).
     */
    private int[] byName(String head, boolean cut, int near, int codePoints) {
        int best = -1;
        for (int at = source.indexOf(head); at >= 0; at = source.indexOf(head, at + 1)) {
            if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) {
                best = at;
            }
        }
        int end = best + head.length();
        if (cut) {
            int available = source.codePointCount(best, source.length());
            int span = Math.max(head.codePointCount(0, head.length()), Math.min(codePoints, available));
            end = source.offsetByCodePoints(best, span);
        }
        return new int[] {best, end};
    }

    /**
     * The passage {@code [from, to)} of the source on the report: at the same place when the report's text is the
     * source's, else found by its quote in the report's text (the library may have stored it tidied).
     */
    private Placed onReport(QdeProject.Selection s, int from, int to, String note, List<String> tags, String color,
                            Optional<ImportNote> told) {
        if (doc.text().equals(source)) {
            return new Placed(Placement.anchored(doc, s.guid(), from, to, note, tags, color, s.created()), told);
        }
        Quote quote = Quote.of(source, from, to);
        int hint = (int) Math.round((double) from * doc.text().length() / Math.max(1, source.length()));
        Annotation a = Placement.byQuote(doc, s.guid(), quote, hint, note, tags, color, s.created());
        if (a.status() == Annotation.Status.ORPHANED && told.isEmpty()) {
            told = Optional.of(ImportNote.of("notInReport", label(s), sourceName));
        }
        return new Placed(a, told);
    }
}
