package org.policyexplorer.ui.window;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.policyexplorer.app.Messages;
import org.policyexplorer.library.PlanReviewPairs;
import org.policyexplorer.ui.annotations.AnnotationController;
import org.policyexplorer.ui.annotations.AnnotationsView;
import org.policyexplorer.ui.annotations.AnnotationsViewModel;
import org.policyexplorer.ui.compare.CompareView;
import org.policyexplorer.ui.compare.CompareViewModel;
import org.policyexplorer.ui.indicators.IndicatorsView;
import org.policyexplorer.ui.indicators.IndicatorsViewModel;
import org.policyexplorer.ui.library.LibraryView;
import org.policyexplorer.ui.library.LibraryViewModel;
import org.policyexplorer.ui.reader.ReaderView;
import org.policyexplorer.ui.targets.TargetsView;
import org.policyexplorer.ui.targets.TargetsViewModel;
import org.policyexplorer.ui.trends.TrendsView;

/**
 * The views beside the tree: 阅读, 对照, 指标, 批注, 文库, 目标. Only the reader is built at start; each other view
 * (and its view-model's work) is built when its tab is first shown, so start-up builds only the first frame.
 */
public final class ViewTabs {
    /** The tabs' ids, in order: Ctrl+1…7 select them. */
    static final String[] IDS = {"tab-reader", "tab-compare", "tab-indicators", "tab-annotations", "tab-library",
        "tab-targets", "tab-trends"};

    private final Messages messages;
    private final TabPane pane = new TabPane();
    private final Tab readerTab;
    private final Tab compareTab;
    private final Tab indicatorsTab;
    private final Tab annotationsTab;
    private final Tab libraryTab;
    private final Tab targetsTab;
    private final Tab trendsTab;
    private final Supplier<TrendsView> trendsViews;
    private TrendsView trends;
    private final Supplier<CompareViewModel> compareModels;
    private final Supplier<IndicatorsViewModel> indicatorModels;
    private final Supplier<TargetsViewModel> targetModels;
    private final AnnotationsViewModel annotations;
    private final AnnotationController annotating;
    private final LibraryViewModel library;
    private final Runnable chooseFiles;
    private CompareViewModel compareModel;
    private CompareView compare;
    private IndicatorsView indicators;
    private AnnotationsView annotationsView;
    private LibraryView libraryView;
    private TargetsView targets;

    ViewTabs(Messages messages, ReaderView reader, Supplier<CompareViewModel> compareModels,
             Supplier<IndicatorsViewModel> indicatorModels, AnnotationsViewModel annotations,
             AnnotationController annotating, LibraryViewModel library, Runnable chooseFiles,
             Supplier<TargetsViewModel> targetModels, Supplier<TrendsView> trendsViews) {
        this.trendsViews = trendsViews;
        this.messages = messages;
        this.compareModels = compareModels;
        this.indicatorModels = indicatorModels;
        this.targetModels = targetModels;
        this.annotations = annotations;
        this.annotating = annotating;
        this.library = library;
        this.chooseFiles = chooseFiles;
        pane.setId("views");
        pane.setAccessibleText(messages.get("a11y.views"));
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // explicit minimum width: otherwise the text area's preferred width squeezes the tree to nothing
        pane.setMinWidth(320);
        readerTab = tab(0, "tab.reader", () -> { });
        readerTab.setContent(reader);
        compareTab = tab(1, "tab.compare", this::compare);
        indicatorsTab = tab(2, "tab.indicators", this::indicators);
        annotationsTab = tab(3, "tab.annotations", this::annotationsView);
        libraryTab = tab(4, "tab.library", this::libraryView);
        targetsTab = tab(5, "tab.targets", this::targets);
        trendsTab = tab(6, "tab.trends", this::trends);
        pane.getTabs().addAll(readerTab, compareTab, indicatorsTab, annotationsTab, libraryTab, targetsTab, trendsTab);
    }

    private Tab tab(int index, String key, Runnable buildOnFirstShow) {
        Tab tab = new Tab(messages.get(key));
        tab.setId(IDS[index]);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                buildOnFirstShow.run();
            }
        });
        return tab;
    }

    public TabPane pane() {
        return pane;
    }

    public void select(int index) {
        pane.getSelectionModel().select(index);
    }

    public void showReader() {
        pane.getSelectionModel().select(readerTab);
    }

    /** Brings 文库 to the front (building it on first use). */
    public void showLibrary() {
        pane.getSelectionModel().select(libraryTab);
    }

    /** Whether the 对照 view is in front with an alignment on it (what printing prints then). */
    boolean comparing() {
        return pane.getSelectionModel().getSelectedItem() == compareTab && compareModel != null
                && compareModel.alignmentProperty().get() != null;
    }

    /** The 对照 view-model once the view is built, else null. */
    CompareViewModel compareModel() {
        return compareModel;
    }

    /** The 对照 view, built (and its alignment started) on first use. */
    public CompareView compare() {
        if (compare == null) {
            compareModel = compareModels.get();
            compare = new CompareView(compareModel, messages);
            compareTab.setContent(compare);
            compareModel.activate();
        }
        return compare;
    }

    /** Sets one report's plan beside another's review in 对照, and brings it to the front. */
    void compare(PlanReviewPairs.Pair pair) {
        compare();
        compareModel.showPlanAgainstReview(pair.plan().id(), pair.review().id());
        pane.getSelectionModel().select(compareTab);
    }

    /** The 指标 view, built (and the figures read) on first use. */
    public IndicatorsView indicators() {
        if (indicators == null) {
            IndicatorsViewModel model = indicatorModels.get();
            indicators = new IndicatorsView(model, messages, this::showReader);
            indicatorsTab.setContent(indicators);
            model.activate();
        }
        return indicators;
    }

    /** The 批注 view, built on first use. */
    public AnnotationsView annotationsView() {
        if (annotationsView == null) {
            annotationsView = new AnnotationsView(annotations, messages, annotating);
            annotationsTab.setContent(annotationsView);
        }
        return annotationsView;
    }

    /** The 文库 view, built (and the list read) on first use. */
    public LibraryView libraryView() {
        if (libraryView == null) {
            Consumer<PlanReviewPairs.Pair> compareTopics = this::compare;
            libraryView = new LibraryView(library, messages, chooseFiles, compareTopics);
            libraryTab.setContent(libraryView);
            library.activate();
        }
        return libraryView;
    }

    /** The 目标 view, built (and the library read) on first use. */
    public TargetsView targets() {
        if (targets == null) {
            TargetsViewModel model = targetModels.get();
            targets = new TargetsView(model, messages);
            targetsTab.setContent(targets);
            model.activate();
        }
        return targets;
    }

    /** The 趋势 view, built on first use. */
    public TrendsView trends() {
        if (trends == null) {
            trends = trendsViews.get();
            trendsTab.setContent(trends);
        }
        return trends;
    }

    /** Brings 趋势 to the front. */
    public void showTrends() {
        pane.getSelectionModel().select(trendsTab);
    }
}
