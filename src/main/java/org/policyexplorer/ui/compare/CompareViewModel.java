package org.policyexplorer.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.compare.Alignment;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.compare.CompareUnit;
import org.policyexplorer.compare.PartText;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.app.ErrorMessages;

/**
 * The 对照 tab's state: which review and which plan are set side by side (by default the open report's),
 * their alignment, the direction (what was done → what is promised, or back), the unit chosen on the left,
 * and the user's links. Alignment and link writes run in the background.
 */
public final class CompareViewModel {
    /** Which side the left list shows. */
    public enum Direction { REVIEW_TO_PLAN, PLAN_TO_REVIEW }

    private final CompareService compare;
    private final LibraryService library;
    private final Messages messages;
    private final BackgroundWork background;
    private final ObjectProperty<PartChoice> review = new SimpleObjectProperty<>();
    private final ObjectProperty<PartChoice> plan = new SimpleObjectProperty<>();
    private final ObservableList<PartChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Alignment> alignment = new SimpleObjectProperty<>();
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.REVIEW_TO_PLAN);
    private final ObjectProperty<CompareUnit> selected = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String keepSelectedKey;
    private final MainViewModel main;
    /** Nothing is computed until the tab is first shown: start-up stays fast. */
    private boolean active;

    public CompareViewModel(CompareService compare, LibraryService library, Messages messages,
                            BackgroundWork background, MainViewModel main) {
        this.compare = compare;
        this.library = library;
        this.messages = messages;
        this.background = background;
        this.main = main;
        main.documentProperty().addListener((obs, old, doc) -> {
            if (active) {
                openReport(doc);
            }
        });
        review.addListener((obs, old, r) -> realign());
        plan.addListener((obs, old, p) -> realign());
    }

    /** Sets one report's plan beside another's review (a pair the library proposes). */
    public void showPlanAgainstReview(long planReport, long reviewReport) {
        active = true;
        background.run(this::partChoices, list -> {
            choices.setAll(list);
            problem.set("");
            review.set(list.stream().filter(c -> c.part().document().report().id() == reviewReport
                    && c.part().part().role() == org.policyexplorer.domain.PartRole.REVIEW).findFirst().orElse(null));
            plan.set(list.stream().filter(c -> c.part().document().report().id() == planReport
                    && CompareService.planOf(c.part().document()).map(p -> p.id() == c.part().part().id()).orElse(false))
                    .findFirst().orElse(null));
        }, this::failed);
    }

    /** Called when the tab is shown; the first call aligns the open report. */
    public void activate() {
        if (!active) {
            active = true;
            openReport(main.documentProperty().get());
        }
    }

    public ObjectProperty<PartChoice> reviewProperty() {
        return review;
    }

    public ObjectProperty<PartChoice> planProperty() {
        return plan;
    }

    public ObservableList<PartChoice> choices() {
        return choices;
    }

    public ObjectProperty<Alignment> alignmentProperty() {
        return alignment;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<CompareUnit> selectedProperty() {
        return selected;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The units listed on the left in the current direction. */
    public List<CompareUnit> leftUnits() {
        Alignment a = alignment.get();
        if (a == null) {
            return List.of();
        }
        return direction.get() == Direction.REVIEW_TO_PLAN ? a.reviewUnits() : a.planUnits();
    }

    /** The units on the other side, for "add a link". */
    public List<CompareUnit> rightUnits() {
        Alignment a = alignment.get();
        if (a == null) {
            return List.of();
        }
        return direction.get() == Direction.REVIEW_TO_PLAN ? a.planUnits() : a.reviewUnits();
    }

    public void confirm(CompareUnit other) {
        write(other, (a, r, p) -> compare.confirm(a, r, p));
    }

    public void reject(CompareUnit other) {
        write(other, (a, r, p) -> compare.reject(a, r, p));
    }

    public void add(CompareUnit other) {
        write(other, (a, r, p) -> compare.add(a, r, p));
    }

    public void undo(CompareUnit other) {
        write(other, (a, r, p) -> compare.remove(a, r, p));
    }

    /** Selects the pair behind a click on the chapter overview. */
    public void select(Alignment.Pair pair) {
        if (pair != null) {
            selected.set(direction.get() == Direction.REVIEW_TO_PLAN ? pair.review() : pair.plan());
        }
    }

    private interface LinkWrite {
        void apply(Alignment alignment, CompareUnit review, CompareUnit plan);
    }

    private void write(CompareUnit other, LinkWrite action) {
        Alignment a = alignment.get();
        CompareUnit mine = selected.get();
        if (a == null || mine == null || other == null) {
            return;
        }
        CompareUnit r = direction.get() == Direction.REVIEW_TO_PLAN ? mine : other;
        CompareUnit p = direction.get() == Direction.REVIEW_TO_PLAN ? other : mine;
        keepSelectedKey = mine.key();
        background.run(() -> {
            action.apply(a, r, p);
            return compare.align(a.review(), a.plan());
        }, this::show, this::failed);
    }

    private void openReport(ReportDocument doc) {
        if (doc == null) {
            return;
        }
        background.run(() -> partChoices(), list -> {
            choices.setAll(list);
            Optional<Section> r = CompareService.reviewOf(doc);
            Optional<Section> p = CompareService.planOf(doc);
            review.set(r.flatMap(s -> find(list, doc, s)).orElse(null));
            plan.set(p.flatMap(s -> find(list, doc, s)).orElse(null));
            if (r.isEmpty() || p.isEmpty()) {
                problem.set(messages.get(r.isEmpty() ? "compare.noReview" : "compare.noPlan",
                        doc.report().title()));
            }
        }, this::failed);
    }

    private static Optional<PartChoice> find(List<PartChoice> list, ReportDocument doc, Section part) {
        return list.stream().filter(c -> c.part().document().report().id() == doc.report().id()
                && c.part().part().id() == part.id()).findFirst();
    }

    /** Every part of every report, for picking the sides by hand. Runs in the background. */
    private List<PartChoice> partChoices() {
        SectionLabels labels = new SectionLabels(messages);
        List<PartChoice> list = new ArrayList<>();
        for (Report report : library.list()) {
            ReportDocument doc = library.document(report.id());
            for (Section part : doc.parts()) {
                list.add(new PartChoice(new PartText(doc, part),
                        report.title() + " › " + labels.label(part, doc.text())));
            }
        }
        return list;
    }

    private void realign() {
        PartChoice r = review.get();
        PartChoice p = plan.get();
        if (r == null || p == null) {
            alignment.set(null);
            return;
        }
        problem.set("");
        busy.set(true);
        background.run(() -> compare.align(r.part(), p.part()), this::show,
                this::failed);
    }

    private void show(Alignment a) {
        busy.set(false);
        CompareUnit previous = selected.get();
        String key = keepSelectedKey != null ? keepSelectedKey : previous == null ? null : previous.key();
        keepSelectedKey = null;
        alignment.set(a);
        List<CompareUnit> left = leftUnits();
        selected.set(left.stream().filter(u -> u.key().equals(key)).findFirst()
                .orElse(left.isEmpty() ? null : left.get(0)));
    }

    /** Flips what is on the left; the unit on the left stays the first one. */
    public void flip() {
        direction.set(direction.get() == Direction.REVIEW_TO_PLAN ? Direction.PLAN_TO_REVIEW
                : Direction.REVIEW_TO_PLAN);
        List<CompareUnit> left = leftUnits();
        selected.set(left.isEmpty() ? null : left.get(0));
    }

    private void failed(Throwable error) {
        busy.set(false);
        problem.set(ErrorMessages.describe(messages, error));
    }
}
