package org.policyexplorer.ui.print;

import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.compare.Alignment;
import org.policyexplorer.compare.CompareUnit;
import org.policyexplorer.compare.Match;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;

/** Builds what the 打印 command prints: a section of the report, or the comparison as two columns. */
public final class Printouts {
    private Printouts() {
    }

    /** The section with everything under it; with no section, the whole report. */
    public static Printout section(ReportDocument doc, Section section, SectionLabels labels) {
        List<PrintBlock> blocks = new ArrayList<>();
        String title = doc.report().title();
        if (section == null) {
            blocks.add(PrintBlock.heading(title));
            doc.parts().forEach(part -> add(part, doc, labels, blocks));
        } else {
            List<String> path = new ArrayList<>();
            path.add(title);
            for (Section s : doc.pathTo(section.id())) {
                if (s.id() != section.id()) {
                    path.add(labels.title(s, doc.text()));
                }
            }
            title = String.join(" › ", path);
            add(section, doc, labels, blocks);
        }
        return new Printout(title, blocks);
    }

    private static void add(Section s, ReportDocument doc, SectionLabels labels, List<PrintBlock> out) {
        if (s.children().isEmpty()) {
            out.add(PrintBlock.paragraph(doc.text().substring(s.start(), s.end()).strip()));
            return;
        }
        // the heading as the report prints it, numbering (一、) included
        String heading = doc.text().substring(s.start(), s.headingEnd()).strip();
        out.add(PrintBlock.heading(heading.isEmpty() ? labels.title(s, doc.text()) : heading));
        String lead = doc.text().substring(s.headingEnd(), s.children().get(0).start()).strip();
        if (!lead.isEmpty()) {
            out.add(PrintBlock.paragraph(lead));
        }
        s.children().forEach(child -> add(child, doc, labels, out));
    }

    /**
     * Each unit of the left side beside the unit the other side best carries it on, as the 对照 view shows it.
     *
     * @param reviewOnLeft true when the view reads from the review to the plan
     */
    public static Printout comparison(Alignment alignment, boolean reviewOnLeft, SectionLabels labels,
                                      Messages messages) {
        ReportDocument reviewDoc = alignment.review().document();
        ReportDocument planDoc = alignment.plan().document();
        String reviewName = reviewDoc.report().title() + " › "
                + labels.title(alignment.review().part(), reviewDoc.text());
        String planName = planDoc.report().title() + " › " + labels.title(alignment.plan().part(), planDoc.text());
        List<PrintBlock> blocks = new ArrayList<>();
        blocks.add(PrintBlock.heading(messages.get("print.compareTitle")));
        blocks.add(reviewOnLeft ? PrintBlock.columnHeads(reviewName, planName) : PrintBlock.columnHeads(planName, reviewName));
        List<CompareUnit> units = reviewOnLeft ? alignment.reviewUnits() : alignment.planUnits();
        for (CompareUnit unit : units) {
            List<Match> matches = reviewOnLeft ? alignment.matchesOfReview(unit) : alignment.matchesOfPlan(unit);
            String right = matches.isEmpty() ? messages.get("print.noMatch")
                    : describe(matches.get(0).unit()) + "\n" + messages.get("print.score",
                            String.format(java.util.Locale.ROOT, "%.2f", matches.get(0).score()));
            blocks.add(PrintBlock.row(describe(unit), right));
        }
        return new Printout(messages.get("print.compareTitle") + "：" + reviewName + " → " + planName, blocks);
    }

    private static String describe(CompareUnit unit) {
        String text = unit.text().strip();
        return unit.title() == null || unit.title().isBlank() || text.startsWith(unit.title())
                ? text : unit.title() + "\n" + text;
    }
}
