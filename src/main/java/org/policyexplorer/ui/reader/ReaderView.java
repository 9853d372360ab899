package org.policyexplorer.ui.reader;

import java.util.Collection;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.BreadCrumbBar;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.outline.OutlineEntry;
import org.policyexplorer.ui.outline.OutlineView;
import org.policyexplorer.ui.search.HitPlace;
import org.policyexplorer.ui.search.SearchViewModel;
import org.policyexplorer.ui.annotations.AnnotationsViewModel;
import org.policyexplorer.ui.annotations.Palette;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.ui.common.Placeholder;

/**
 * The reader: a clickable breadcrumb of where the section sits, and the section's text with its headings,
 * selectable and read-only (RichTextFX, so search hits and annotations can be styled into it later).
 */
public final class ReaderView extends BorderPane {
    private final MainViewModel model;
    private final OutlineView outline;
    private final BreadCrumbBar<OutlineEntry> breadcrumb = new BreadCrumbBar<>();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private ReaderContent content;
    private SearchViewModel search;
    private AnnotationsViewModel annotations;
    private final javafx.scene.control.Tooltip noteTip = new javafx.scene.control.Tooltip();
    /** Buttons at the right of the breadcrumb: annotate the selection, show the annotations beside the text. */
    private final javafx.scene.layout.HBox tools = new javafx.scene.layout.HBox(6);
    private final javafx.scene.control.ListView<Annotation> side = new javafx.scene.control.ListView<>();

    public ReaderView(MainViewModel model, OutlineView outline) {
        this.model = model;
        this.outline = outline;
        getStyleClass().add("reader");
        breadcrumb.setId("breadcrumb");
        breadcrumb.setAutoNavigationEnabled(false);
        breadcrumb.setAccessibleText(model.messages().get("breadcrumb.accessible"));
        breadcrumb.setOnCrumbAction(e -> {
            TreeItem<OutlineEntry> item = e.getSelectedCrumb();
            if (item != null) {
                model.select(item.getValue().section());
            }
        });
        BorderPane crumbs = new BorderPane(breadcrumb);
        crumbs.setRight(tools);
        crumbs.getStyleClass().add("breadcrumb-pane");

        area.setId("reader-text");
        area.getStyleClass().add("reader-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setAccessibleText(model.messages().get("reader.accessible"));
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("reader-scroll");

        setTop(crumbs);
        setCenter(scroll);
        model.focusProperty().addListener((obs, old, range) -> {
            restyle();
            scrollTo(range);
        });
        model.documentProperty().addListener((obs, old, doc) -> refresh());
        model.selectedSectionProperty().addListener((obs, old, section) -> refresh());
        refresh();
    }

    /** Highlights every hit of this search in the text, and scrolls to the current one. */
    public void showHitsOf(SearchViewModel searchModel) {
        this.search = searchModel;
        searchModel.outcomeProperty().addListener((obs, old, outcome) -> restyle());
        searchModel.currentProperty().addListener((obs, old, index) -> {
            restyle();
            scrollToCurrentHit();
        });
    }

    /** Highlights the report's annotations (overlaps allowed); hovering one shows its note and tags. */
    public void showAnnotationsOf(AnnotationsViewModel annotationsModel) {
        this.annotations = annotationsModel;
        annotationsModel.all().addListener((javafx.collections.ListChangeListener<Annotation>) c -> restyle());
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String note = noteAt(e.getCharacterIndex());
            if (note != null) {
                noteTip.setText(note);
                noteTip.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> noteTip.hide());
        restyle();
    }

    /**
     * Adds the annotate button and the side panel toggle; {@code annotate} runs the annotate action and
     * {@code open} goes to an annotation.
     */
    public void addAnnotationTools(String annotateText, String sideText, Runnable annotate,
                                   java.util.function.Consumer<Annotation> open) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(annotateText);
        button.setId("reader-annotate");
        button.setOnAction(e -> annotate.run());
        javafx.scene.control.ToggleButton toggle = new javafx.scene.control.ToggleButton(sideText);
        toggle.setId("reader-side-toggle");
        tools.getChildren().setAll(button, toggle);
        tools.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        side.setId("reader-side");
        side.setPlaceholder(Placeholder.of(model.messages().get("reader.noAnnotations")));
        side.setPrefWidth(280);
        side.getStyleClass().add("annotation-side");
        side.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                javafx.scene.control.Label quote = new javafx.scene.control.Label("“" + a.exact() + "”");
                quote.setWrapText(true);
                quote.getStyleClass().add("side-quote");
                javafx.scene.control.Label note = new javafx.scene.control.Label(a.note()
                        + (a.tags().isEmpty() ? "" : "  #" + String.join(" #", a.tags())));
                note.setWrapText(true);
                javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, quote, note);
                box.setMaxWidth(250);
                setGraphic(box);
            }
        });
        side.setOnMouseClicked(e -> {
            Annotation a = side.getSelectionModel().getSelectedItem();
            if (a != null) {
                open.accept(a);
            }
        });
        toggle.selectedProperty().addListener((obs, old, on) -> setRight(on ? side : null));
        javafx.beans.InvalidationListener refill = obs -> fillSide();
        model.selectedSectionProperty().addListener(refill);
        if (annotations != null) {
            annotations.all().addListener(refill);
        }
        fillSide();
    }

    /** The side panel lists the annotations of what is shown. */
    private void fillSide() {
        if (annotations == null || content == null) {
            side.getItems().clear();
            return;
        }
        int from = content.offset();
        int to = from + content.text().length();
        side.getItems().setAll(annotations.all().stream().filter(a -> a.status() == Annotation.Status.ANCHORED
                && a.start() < to && a.end() > from).toList());
    }

    /** The selection as a range of the report's text, or null when nothing is selected. */
    public int[] selectedRange() {
        if (content == null || area.getSelection().getLength() == 0) {
            return null;
        }
        return new int[] {content.offset() + area.getSelection().getStart(), content.offset() + area.getSelection().getEnd()};
    }

    private String noteAt(int local) {
        if (annotations == null || content == null) {
            return null;
        }
        int at = content.offset() + local;
        StringBuilder sb = new StringBuilder();
        for (Annotation a : annotations.all()) {
            if (a.status() == Annotation.Status.ANCHORED && a.start() <= at && at < a.end()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(a.note().isBlank() ? "“" + a.exact() + "”" : a.note());
                if (!a.tags().isEmpty()) {
                    sb.append("\n#").append(String.join("  #", a.tags()));
                }
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    /** What is shown now; a reader offset plus {@code content().offset()} is a report offset. */
    public ReaderContent content() {
        return content;
    }

    private void refresh() {
        ReportDocument doc = model.documentProperty().get();
        if (doc == null) {
            area.clear();
            return;
        }
        Section section = model.selectedSectionProperty().get();
        content = ReaderContent.of(doc, section);
        area.replaceText(content.text());
        restyle();
        List<String> lineStyles = content.lineStyles();
        for (int i = 0; i < lineStyles.size() && i < area.getParagraphs().size(); i++) {
            area.setParagraphStyle(i, List.of(lineStyles.get(i)));
        }
        area.moveTo(0);
        area.requestFollowCaret();
        breadcrumb.setSelectedCrumb(outline.itemFor(section));
    }

    private void restyle() {
        if (content == null || content.text().isEmpty()) {
            return;
        }
        StyleSpans<Collection<String>> styles = spans(content);
        if (search != null && search.outcomeProperty().get().active()) {
            styles = styles.overlay(hitSpans(), ReaderView::union);
        }
        if (annotations != null) {
            for (Annotation a : annotations.all()) {
                if (a.status() == Annotation.Status.ANCHORED && a.end() > content.offset()
                        && a.start() < content.offset() + content.text().length()) {
                    styles = styles.overlay(rangeSpans(new int[] {a.start(), a.end()}, Palette.styleClassOf(a.color())),
                            ReaderView::union);
                }
            }
        }
        int[] focus = model.focusProperty().get();
        if (focus != null) {
            styles = styles.overlay(rangeSpans(focus, "focus"), ReaderView::union);
        }
        area.setStyleSpans(0, styles);
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<String> both = new java.util.ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /** One styled range of the report, clipped to what is shown. */
    private StyleSpans<Collection<String>> rangeSpans(int[] range, String styleClass) {
        int length = content.text().length();
        int from = Math.max(0, Math.min(length, range[0] - content.offset()));
        int to = Math.max(from, Math.min(length, range[1] - content.offset()));
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        builder.add(List.of(), from);
        builder.add(List.of(styleClass), to - from);
        builder.add(List.of(), length - to);
        return builder.create();
    }

    private void scrollTo(int[] range) {
        if (range == null || content == null) {
            return;
        }
        centre(range[0] - content.offset());
    }

    /** Puts the paragraph holding this offset of the shown text in the middle of the view. */
    private void centre(int local) {
        if (local >= 0 && local <= content.text().length()) {
            area.moveTo(local);
            area.showParagraphAtCenter(area.getCurrentParagraph());
        }
    }

    private StyleSpans<Collection<String>> hitSpans() {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int from = content.offset();
        int to = from + content.text().length();
        HitPlace current = search.currentPlace();
        int at = 0;
        for (HitPlace place : search.outcomeProperty().get().places()) {
            int start = place.occurrence().start();
            int end = place.occurrence().end();
            if (start < from || end > to) {
                continue;
            }
            builder.add(List.of(), start - from - at);
            builder.add(List.of(place.equals(current) ? "hit-current" : "hit"), end - start);
            at = end - from;
        }
        builder.add(List.of(), content.text().length() - at);
        return builder.create();
    }

    private void scrollToCurrentHit() {
        HitPlace current = search.currentPlace();
        if (current == null || content == null) {
            return;
        }
        centre(current.occurrence().start() - content.offset());
    }

    private static StyleSpans<Collection<String>> spans(ReaderContent content) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (ReaderContent.Span span : content.headings()) {
            // heading spans are disjoint and in document order
            builder.add(List.of(), span.start() - at);
            builder.add(List.of(span.styleClass()), span.end() - span.start());
            at = span.end();
        }
        builder.add(List.of(), content.text().length() - at);
        return builder.create();
    }
}
