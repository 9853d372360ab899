package org.policyexplorer.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SourceFormat;

/** The JSON shapes of reports and outlines; offsets count Unicode code points, as the interface promises. */
final class ReportJson {
    private ReportJson() {
    }

    static Map<String, Object> report(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("place", r.place());
        m.put("year", r.year());
        m.put("level", r.level() == null ? null : r.level().key());
        m.put("outlineUnsure", r.outlineUnsure());
        m.put("sha256", r.sha256());
        return m;
    }

    static Map<String, Object> reportWithSource(Report r) {
        Map<String, Object> m = report(r);
        m.put("sourceName", r.sourceName());
        m.put("sourceEncoding", r.sourceEncoding());
        m.put("sourceFormat", SourceFormat.of(r.sourceEncoding()).key());
        m.put("length", r.length());
        m.put("importedAt", r.importedAt().toString());
        return m;
    }

    static Map<String, Object> tree(ReportDocument doc) {
        CodePointOffsets offsets = new CodePointOffsets(doc.text());
        List<Object> sections = new ArrayList<>();
        for (Section part : doc.parts()) {
            sections.add(section(part, offsets));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", report(doc.report()));
        m.put("sections", sections);
        return m;
    }

    private static Map<String, Object> section(Section s, CodePointOffsets offsets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("kind", s.kind().key());
        if (s.role() != null) {
            m.put("role", s.role().key());
            if (s.year() != null) {
                m.put("year", s.year());
            }
        }
        if (s.number() != null) {
            m.put("number", s.number());
        }
        m.put("title", s.title());
        m.put("start", offsets.toCodePoints(s.start()));
        m.put("end", offsets.toCodePoints(s.end()));
        List<Object> children = new ArrayList<>();
        for (Section child : s.children()) {
            children.add(section(child, offsets));
        }
        m.put("children", children);
        return m;
    }
}
