package org.policyexplorer.ui.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.domain.OutlinePart;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.search.SearchOutcome;
import org.policyexplorer.ui.search.SearchViewModel;

/**
 * The section tree: the report as root, then parts › chapters › topics. Untitled paragraphs are listed only
 * where they stand alone (a preamble, a report without headings), so the tree stays an outline. While a
 * search is on, each section shows its number of hits; the others are dimmed, or hidden if the user asks.
 */
public final class OutlineView extends TreeView<OutlineEntry> {
    private final MainViewModel model;
    private final SectionLabels labels;
    private final Map<Long, TreeItem<OutlineEntry>> itemsBySection = new HashMap<>();
    /** Set while the tree follows the model, so that following does not echo back as a user selection. */
    private boolean following;
    private SearchViewModel search;

    public OutlineView(MainViewModel model) {
        this.model = model;
        this.labels = new SectionLabels(model.messages());
        setId("outline");
        getStyleClass().add("outline");
        setAccessibleText(model.messages().get("outline.accessible"));
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setCellFactory(tree -> new OutlineCell());
        model.documentProperty().addListener((obs, old, doc) -> rebuild(doc));
        model.partsProperty().addListener((obs, old, parts) -> refresh());
        model.selectedSectionProperty().addListener((obs, old, section) -> follow(section));
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!following && item != null) {
                model.select(item.getValue().section());
            }
        });
        rebuild(model.documentProperty().get());
    }

    /** Shows hit counts from this search, and hides sections without hits when it filters the tree. */
    public void showHitsOf(SearchViewModel searchModel) {
        this.search = searchModel;
        searchModel.outcomeProperty().addListener((obs, old, outcome) -> {
            if (searchModel.filterTreeProperty().get() || old.active() && !outcome.active()) {
                rebuild(model.documentProperty().get());
            } else {
                refresh();
            }
        });
        searchModel.filterTreeProperty().addListener((obs, old, on) -> rebuild(model.documentProperty().get()));
    }

    private SearchOutcome outcome() {
        return search == null ? SearchOutcome.NONE : search.outcomeProperty().get();
    }

    private boolean filtering() {
        return search != null && search.filterTreeProperty().get() && outcome().active();
    }

    /** The row of a section, or null where the tree does not list it (a paragraph under a topic). */
    public TreeItem<OutlineEntry> itemFor(Section section) {
        if (section == null || getRoot() == null) {
            return getRoot();
        }
        TreeItem<OutlineEntry> shown = nearestShown(section);
        return shown.getValue().section() == section ? shown : null;
    }

    public void expandAll(boolean expanded) {
        if (getRoot() != null) {
            setExpanded(getRoot(), expanded);
            getRoot().setExpanded(true);
        }
    }

    private static void setExpanded(TreeItem<OutlineEntry> item, boolean expanded) {
        item.setExpanded(expanded);
        // rows never made are closed already: closing all makes none
        if (expanded || !(item instanceof SectionItem lazy) || lazy.filled) {
            item.getChildren().forEach(child -> setExpanded(child, expanded));
        }
    }

    private void rebuild(ReportDocument doc) {
        itemsBySection.clear();
        if (doc == null) {
            setRoot(null);
            return;
        }
        TreeItem<OutlineEntry> root = new TreeItem<>(new OutlineEntry(null, doc.report().title()));
        root.setExpanded(true);
        for (Section part : doc.parts()) {
            if (!filtering() || outcome().countOf(part.id()) > 0) {
                root.getChildren().add(item(part, doc));
            }
        }
        following = true;
        setRoot(root);
        following = false;
        follow(model.selectedSectionProperty().get());
    }

    private TreeItem<OutlineEntry> item(Section s, ReportDocument doc) {
        SectionItem item = new SectionItem(new OutlineEntry(s, labels.label(s, doc.text())), doc);
        itemsBySection.put(s.id(), item);
        // parts open, chapters closed: the first view is the report's shape, one level deep; all open when filtered
        item.setExpanded(filtering() || s.kind() == SectionKind.PART && s.children().size() < 40);
        return item;
    }

    /** The children a section lists: its titled sections (its paragraphs only where it has none), with hits if filtering. */
    private List<Section> listed(Section s) {
        boolean hasTitled = s.children().stream().anyMatch(c -> c.kind() != SectionKind.PARAGRAPH);
        boolean filtering = filtering();
        List<Section> out = new ArrayList<>();
        for (Section child : s.children()) {
            boolean listed = child.kind() != SectionKind.PARAGRAPH || !hasTitled;
            if (listed && (!filtering || outcome().countOf(child.id()) > 0)) {
                out.add(child);
            }
        }
        return out;
    }

    /**
     * A section's row, whose child rows are made when first asked for (when it is opened, or a path through it
     * is shown): a 20 MB report has tens of thousands of topics, and a closed chapter needs none of their rows.
     */
    private final class SectionItem extends TreeItem<OutlineEntry> {
        private final ReportDocument doc;
        private boolean filled;
        /** Whether it lists any child, known before its rows are made; null until asked. */
        private Boolean leaf;

        SectionItem(OutlineEntry entry, ReportDocument doc) {
            super(entry);
            this.doc = doc;
        }

        @Override
        public javafx.collections.ObservableList<TreeItem<OutlineEntry>> getChildren() {
            if (!filled) {
                filled = true;
                List<TreeItem<OutlineEntry>> rows = new ArrayList<>();
                for (Section child : listed(getValue().section())) {
                    rows.add(item(child, doc));
                }
                super.getChildren().setAll(rows);
            }
            return super.getChildren();
        }

        @Override
        public boolean isLeaf() {
            if (filled) {
                return super.getChildren().isEmpty();
            }
            if (leaf == null) {
                // the tree is rebuilt when what it lists changes (a filtering search), so this stays true
                leaf = listed(getValue().section()).isEmpty();
            }
            return leaf;
        }
    }

    private void follow(Section section) {
        TreeItem<OutlineEntry> item = section == null ? getRoot() : nearestShown(section);
        if (item == null || getSelectionModel().getSelectedItem() == item) {
            return;
        }
        following = true;
        try {
            for (TreeItem<OutlineEntry> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            getSelectionModel().select(item);
            int row = getRow(item);
            if (row >= 0) {
                scrollTo(Math.max(0, row - 3));
            }
        } finally {
            following = false;
        }
    }

    /**
     * The row of a section, made (with the rows along its path) if need be; a paragraph hidden from the tree
     * is shown through its parent.
     */
    private TreeItem<OutlineEntry> nearestShown(Section section) {
        TreeItem<OutlineEntry> item = itemsBySection.get(section.id());
        if (item != null) {
            return item;
        }
        ReportDocument doc = model.documentProperty().get();
        TreeItem<OutlineEntry> shown = getRoot();
        for (Section step : doc.pathTo(section.id())) {
            shown.getChildren(); // makes the rows below it
            TreeItem<OutlineEntry> below = itemsBySection.get(step.id());
            if (below == null) {
                break;
            }
            shown = below;
        }
        return shown;
    }

    /** Asks for a part's role and year and hands them to the model, which stores them and reloads. */
    private void correct(Section part) {
        OutlinePart judged = model.partsProperty().get().get(part.id());
        PartCorrectionDialog.ask(getScene().getWindow(), model.messages(), labels.label(part, ""),
                        part.role(), part.year(), judged == null ? 1.0 : judged.confidence())
                .ifPresent(c -> model.correctPart(part, c.role(), c.year()));
    }

    /** Shows the label, styled by the kind of section, a part's role and year, and hits while searching. */
    private final class OutlineCell extends TreeCell<OutlineEntry> {
        private static final String[] KIND_STYLES = {"outline-report", "outline-part", "outline-chapter",
            "outline-topic", "outline-paragraph", "outline-miss"};
        private final Label badge = new Label();
        private final Label role = new Label();
        private final HBox marks = new HBox(6);
        private final ContextMenu partMenu = new ContextMenu();

        OutlineCell() {
            badge.getStyleClass().add("hit-badge");
            role.getStyleClass().add("part-role");
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(8);
            MenuItem correct = new MenuItem(model.messages().get("outline.correct"));
            correct.setId("outline-correct-part");
            correct.setOnAction(e -> {
                OutlineEntry entry = getItem();
                if (entry != null && !entry.isReport()) {
                    correct(entry.section());
                }
            });
            partMenu.getItems().add(correct);
        }

        /** "回顾 · 2025", "安排", or "待确认" where the parser was unsure and the user has not said. */
        private String roleText(Section part) {
            OutlinePart judged = model.partsProperty().get().get(part.id());
            String text = model.messages().get("role." + part.role().key());
            if (part.year() != null) {
                text += " · " + part.year();
            }
            boolean unsure = judged != null && judged.unsure();
            role.getStyleClass().remove("part-role-unsure");
            if (unsure) {
                role.getStyleClass().add("part-role-unsure");
                text += " · " + model.messages().get("outline.unsure");
            }
            return text;
        }

        @Override
        protected void updateItem(OutlineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll(KIND_STYLES);
            setGraphic(null);
            if (empty || entry == null) {
                setText(null);
                return;
            }
            setText(entry.label());
            getStyleClass().add(entry.isReport() ? "outline-report" : "outline-" + entry.section().kind().key());
            marks.getChildren().clear();
            boolean isPart = !entry.isReport() && entry.section().kind() == SectionKind.PART
                    && entry.section().role() != PartRole.PREAMBLE && entry.section().role() != null;
            setContextMenu(isPart ? partMenu : null);
            // a part's role stands before its title, where a narrow tree does not cut it off
            setContentDisplay(isPart ? ContentDisplay.LEFT : ContentDisplay.RIGHT);
            if (isPart) {
                role.setText(roleText(entry.section()));
                marks.getChildren().add(role);
            }
            SearchOutcome outcome = outcome();
            if (outcome.active()) {
                int hits = entry.isReport() ? outcome.result().total() : outcome.countOf(entry.section().id());
                if (hits > 0) {
                    badge.setText(Integer.toString(hits));
                    marks.getChildren().add(badge);
                } else {
                    getStyleClass().add("outline-miss");
                }
            }
            setGraphic(marks.getChildren().isEmpty() ? null : marks);
        }
    }
}
