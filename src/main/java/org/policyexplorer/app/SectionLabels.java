package org.policyexplorer.app;

import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Section;

/** How a section is named to a reader: its numbering and title, or for untitled text its first words. */
public final class SectionLabels {
    private static final int SNIPPET_LENGTH = 18;
    private final Messages messages;

    public SectionLabels(Messages messages) {
        this.messages = messages;
    }

    public String label(Section s, String reportText) {
        return switch (s.kind()) {
            case PART -> partLabel(s);
            case CHAPTER -> numbered(s);
            case TOPIC -> numbered(s);
            case PARAGRAPH -> snippet(reportText.substring(s.start(), s.end()));
        };
    }

    /** The title alone, for breadcrumbs and citations; untitled sections fall back to {@link #label}. */
    public String title(Section s, String reportText) {
        if (s.kind() == org.policyexplorer.domain.SectionKind.PART && !s.isTitled()) {
            return partLabel(s);
        }
        return s.isTitled() ? s.title() : label(s, reportText);
    }

    private String partLabel(Section s) {
        if (s.role() == PartRole.PREAMBLE) {
            return messages.get("section.preamble");
        }
        if (!s.isTitled()) {
            return messages.get("section.body");
        }
        return numbered(s);
    }

    private static String numbered(Section s) {
        String number = s.number();
        if (number == null) {
            return s.title();
        }
        if (number.startsWith("附件") || number.endsWith("部分")) {
            return number + " " + s.title();
        }
        if (number.startsWith("（") || number.endsWith("是") || number.endsWith("要")) {
            return number + s.title();
        }
        return number + "、" + s.title();
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
    }
}
