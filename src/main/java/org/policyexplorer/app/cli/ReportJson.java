package org.policyexplorer.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SourceFormat;

/**
 * A report as the CLI's JSON gives it ({@code tree}, {@code parts}, {@code import}), and the shapes built on it.
 * Fields come out in the order of the components; nulls are written as null unless a component says otherwise.
 */
record ReportJson(long id, String title, String place, Integer year, String level, boolean outlineUnsure,
                  String sha256) {

    static ReportJson of(Report r) {
        return new ReportJson(r.id(), r.title(), r.place(), r.year(), r.level() == null ? null : r.level().key(),
                r.outlineUnsure(), r.sha256());
    }

    /** A row of {@code reports} (and what {@code set-report} prints): the report, then where it came from. */
    record Listed(@JsonUnwrapped ReportJson report, String sourceName, String sourceEncoding, String sourceFormat,
                  int length, String importedAt) {
        static Listed of(Report r) {
            return new Listed(ReportJson.of(r), r.sourceName(), r.sourceEncoding(),
                    SourceFormat.of(r.sourceEncoding()).key(), r.length(), r.importedAt().toString());
        }
    }

    /** One side of {@code pairs} and {@code track}: which report, and the year it (or its part) is about. */
    record Side(long report, Integer year) {
    }

    /** {@code tree --json}: the report and its outline, offsets in code points. */
    record Outline(ReportJson report, List<SectionJson> sections) {
        static Outline of(ReportDocument doc) {
            CodePointOffsets offsets = new CodePointOffsets(doc.text());
            return new Outline(ReportJson.of(doc.report()),
                    doc.parts().stream().map(part -> SectionJson.of(part, offsets)).toList());
        }
    }

    /**
     * A section of the outline. Role and year are written on parts only (the year where the part has one), the
     * number only on numbered sections: absent, not null, as scripts have always read them.
     */
    record SectionJson(long id, String kind, @JsonInclude(JsonInclude.Include.NON_NULL) String role,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer year,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String number, String title, int start, int end,
                       List<SectionJson> children) {
        static SectionJson of(Section s, CodePointOffsets offsets) {
            String role = s.role() == null ? null : s.role().key();
            return new SectionJson(s.id(), s.kind().key(), role, role == null ? null : s.year(), s.number(),
                    s.title(), offsets.toCodePoints(s.start()), offsets.toCodePoints(s.end()),
                    s.children().stream().map(child -> of(child, offsets)).toList());
        }
    }
}
