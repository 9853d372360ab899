package org.policyexplorer.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.BreadCrumbBar;
import org.fxmisc.flowless.Cell;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
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
 * selectable and read-only (RichTextFX, so search hits and annotations are styled into it).
 *
 * <p>The text area holds a window of the section, not all of it: up to {@link #MAX_BLOCKS} blocks of whole
 * lines (see {@link ReaderLayout}) around what is on screen. Scrolling near either edge of the window adds the
 * next block there and drops one at the other end, keeping the lines on screen where they are; going to a hit,
 * an annotation or a figure outside the window moves the window there. A report of a few hundred thousand
 * characters is so held whole; a 20 MB one costs what a few screens cost, not a document model of every line.
 */
public final class ReaderView extends BorderPane {
    /** Characters per block, about three screens of text. */
    static final int BLOCK_CHARS = 4_000;
    /** Blocks held at most (64,000 characters): the longest report of the corpus, 32,000 characters, fits whole. */
    static final int MAX_BLOCKS = 16;
    private static final Map<String, List<String>> LINE_STYLES = new HashMap<>();

    private final MainViewModel model;
    private final OutlineView outline;
    private final BreadCrumbBar<OutlineEntry> breadcrumb = new BreadCrumbBar<>();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    /** The open section in blocks; null while no report is open. */
    private ReaderLayout layout;
    /** The blocks held: [firstBlock, endBlock). */
    private int firstBlock;
    private int endBlock;
    /** What the area holds: the text of those blocks and its offset in the report. */
    private ReaderContent content;
    /** How often the window moved while scrolling (for --timings). */
    private int moves;
    private boolean edgeCheckQueued;
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
        // read-only: an undo history would only keep every text the window held, and it is never undone
        area.setUndoManager(UndoUtils.noOpUndoManager());
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("reader-scroll");
        area.estimatedScrollYProperty().addListener((obs, old, now) -> queueEdgeCheck());
        area.heightProperty().addListener(obs -> queueEdgeCheck());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::jumpToEnds);

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

    /** The side panel lists the annotations of the open section. */
    private void fillSide() {
        if (annotations == null || layout == null) {
            side.getItems().clear();
            return;
        }
        int from = layout.from();
        int to = layout.to();
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

    /** What the area holds now; a reader offset plus {@code content().offset()} is a report offset. */
    public ReaderContent content() {
        return content;
    }

    private void refresh() {
        ReportDocument doc = model.documentProperty().get();
        if (doc == null) {
            layout = null;
            content = null;
            area.clear();
            return;
        }
        Section section = model.selectedSectionProperty().get();
        layout = ReaderLayout.of(doc, section, BLOCK_CHARS);
        hold(0, Math.min(layout.blockCount(), MAX_BLOCKS));
        area.moveTo(0);
        area.requestFollowCaret();
        breadcrumb.setSelectedCrumb(outline.itemFor(section));
    }

    /** Fills the area with blocks [first, end) of the section, styled. */
    private void hold(int first, int end) {
        firstBlock = first;
        endBlock = end;
        content = ReaderContent.of(layout, layout.blockStart(first), layout.blockEnd(end - 1));
        if (content.text().isEmpty()) {
            area.clear();
            return;
        }
        area.replace(0, area.getLength(), document(content));
        restyle();
    }

    /** The text as paragraphs with their line styles, in one piece: one change to the area, not one per line. */
    private StyledDocument<Collection<String>, String, Collection<String>> document(ReaderContent c) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(area.getSegOps(), List.of());
        String text = c.text();
        int lineStart = 0;
        for (String lineStyle : c.lineStyles()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            builder.addParagraph(text.substring(lineStart, end), List.of(),
                    LINE_STYLES.computeIfAbsent(lineStyle, List::of));
            lineStart = end + 1;
        }
        return builder.build();
    }

    /** After a scroll or resize, once the toolkit is idle: moves the window if the view is near its edge. */
    private void queueEdgeCheck() {
        if (edgeCheckQueued || layout == null || endBlock - firstBlock == layout.blockCount()) {
            return;
        }
        edgeCheckQueued = true;
        Platform.runLater(() -> {
            edgeCheckQueued = false;
            followView();
        });
    }

    /**
     * Adds a block before the window when the first line on screen is in its first block, or after it when the
     * last line on screen is in its last block; the window then drops a block at the other end. Checked again
     * after each move, so a long jump of the scroll bar is followed block by block.
     */
    private void followView() {
        VirtualFlow<?, ?> flow = flow();
        if (layout == null || content == null || flow == null || flow.visibleCells().isEmpty()) {
            return;
        }
        int firstPar = flow.getFirstVisibleIndex();
        int lastPar = flow.getLastVisibleIndex();
        if (firstPar < 0 || lastPar >= area.getParagraphs().size()) {
            return;
        }
        int top = content.offset() + area.getAbsolutePosition(firstPar, 0);
        int bottom = content.offset() + area.getAbsolutePosition(lastPar, 0) + area.getParagraph(lastPar).length();
        if (firstBlock > 0 && layout.blockOf(top) == firstBlock) {
            moveWindow(-1);
            queueEdgeCheck();
        } else if (endBlock < layout.blockCount() && layout.blockOf(bottom) >= endBlock - 1) {
            moveWindow(1);
            queueEdgeCheck();
        }
    }

    /**
     * Adds the block before ({@code -1}) or after ({@code 1}) the window, dropping one at the other end if full.
     * Only the lines added or dropped change, all off screen: the lines on screen keep their cells, so the next
     * frame lays out nothing new.
     */
    private void moveWindow(int direction) {
        VirtualFlow<?, ?> flow = flow();
        int firstPar = flow.getFirstVisibleIndex();
        double y = topOf(flow, firstPar);
        int caret = area.getCaretPosition() + content.offset();
        int anchor = area.getAnchor() + content.offset();
        int shift = 0;
        /* the first line on screen is among the lines the edit replaces (the scrolling list then loses its place) */
        boolean lost;
        if (direction < 0) {
            int block = --firstBlock;
            ReaderContent added = ReaderContent.of(layout, layout.blockStart(block), layout.blockEnd(block));
            area.replace(0, 0, document(added));
            area.setStyleSpans(0, styles(added.offset(), added.end()));
            shift = added.lineStyles().size() - 1; // its last, empty line joins the first line held
            lost = firstPar == 0;
            if (endBlock - firstBlock > MAX_BLOCKS) {
                endBlock--;
                area.deleteText(layout.blockStart(endBlock) - added.offset(), area.getLength());
            }
        } else {
            int block = endBlock++;
            ReaderContent added = ReaderContent.of(layout, layout.blockStart(block), layout.blockEnd(block));
            int at = area.getLength();
            area.replace(at, at, document(added));
            area.setStyleSpans(at, styles(added.offset(), added.end()));
            lost = false;
            if (endBlock - firstBlock > MAX_BLOCKS) {
                int dropped = layout.blockEnd(firstBlock) - layout.blockStart(firstBlock);
                int droppedLines = area.offsetToPosition(dropped, TwoDimensional.Bias.Forward).getMajor();
                shift = -droppedLines;
                lost = firstPar <= droppedLines;
                area.deleteText(0, dropped);
                firstBlock++;
            }
        }
        content = ReaderContent.of(layout, layout.blockStart(firstBlock), layout.blockEnd(endBlock - 1));
        moves++;
        // the caret and selection stay on the same report text where it is still held
        int length = area.getLength();
        int newAnchor = clamp(anchor - content.offset(), length);
        int newCaret = clamp(caret - content.offset(), length);
        if (area.getAnchor() != newAnchor || area.getCaretPosition() != newCaret) {
            area.selectRange(newAnchor, newCaret);
        }
        if (lost) {
            flow.showAtOffset(Math.max(0, firstPar + shift), y);
        }
    }

    private static int clamp(int local, int length) {
        return Math.max(0, Math.min(length, local));
    }

    /** Where the top of paragraph {@code par} is, from the top of the view (negative: scrolled past). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static double topOf(VirtualFlow flow, int par) {
        return ((java.util.Optional<Cell>) flow.getCellIfVisible(par))
                .map(cell -> flow.cellToViewport(cell, 0, 0).getY()).orElse(0.0);
    }

    /** The area's scrolling list of paragraphs; it places a paragraph at an exact height, which the area cannot. */
    private VirtualFlow<?, ?> flow() {
        for (javafx.scene.Node child : area.getChildrenUnmodifiable()) {
            if (child instanceof VirtualFlow<?, ?> flow) {
                return flow;
            }
        }
        return null;
    }

    /** Ctrl+Home and Ctrl+End go to the start and end of the section, not of the window. */
    private void jumpToEnds(KeyEvent e) {
        if (layout == null || !e.isShortcutDown() || e.isShiftDown()) {
            return;
        }
        int blocks = layout.blockCount();
        if (e.getCode() == KeyCode.HOME && firstBlock > 0) {
            hold(0, Math.min(blocks, MAX_BLOCKS));
            area.moveTo(0);
        } else if (e.getCode() == KeyCode.END && endBlock < blocks) {
            hold(Math.max(0, blocks - MAX_BLOCKS), blocks);
            area.moveTo(area.getLength());
        } else {
            return;
        }
        area.requestFollowCaret();
        e.consume();
    }

    /** Makes sure the area holds this report offset, moving the window there if it does not. */
    private void holdAround(int offset) {
        if (layout == null || content == null || offset < layout.from() || offset > layout.to()
                || offset >= content.offset() && offset <= content.end()) {
            return;
        }
        int blocks = layout.blockCount();
        int first = Math.max(0, Math.min(layout.blockOf(offset) - MAX_BLOCKS / 2, blocks - MAX_BLOCKS));
        hold(first, Math.min(blocks, first + MAX_BLOCKS));
    }

    private void restyle() {
        if (content == null || content.text().isEmpty()) {
            return;
        }
        area.setStyleSpans(0, styles(content.offset(), content.end()));
    }

    /** A style class over [start, end) of the report; {@code order} keeps the classes of a character in order. */
    private record Mark(int start, int end, String styleClass, int order) {
    }

    /**
     * The styles of the report's [from, to): headings, search hits, annotations (overlaps allowed) and the
     * passage in focus, each character getting the classes of all that cover it.
     */
    private StyleSpans<Collection<String>> styles(int from, int to) {
        List<Mark> marks = new ArrayList<>();
        for (ReaderLayout.Heading h : layout.headings(from, to)) {
            marks.add(new Mark(h.start(), h.end(), h.styleClass(), marks.size()));
        }
        if (search != null && search.outcomeProperty().get().active()) {
            HitPlace current = search.currentPlace();
            for (HitPlace place : search.outcomeProperty().get().places()) {
                add(marks, place.occurrence().start(), place.occurrence().end(), from, to,
                        place.equals(current) ? "hit-current" : "hit");
            }
        }
        if (annotations != null) {
            for (Annotation a : annotations.all()) {
                if (a.status() == Annotation.Status.ANCHORED) {
                    add(marks, a.start(), a.end(), from, to, Palette.styleClassOf(a.color()));
                }
            }
        }
        int[] focus = model.focusProperty().get();
        if (focus != null) {
            add(marks, focus[0], focus[1], from, to, "focus");
        }
        return sweep(marks, from, to);
    }

    private static void add(List<Mark> marks, int start, int end, int from, int to, String styleClass) {
        int s = Math.max(start, from);
        int e = Math.min(end, to);
        if (s < e) {
            marks.add(new Mark(s, e, styleClass, marks.size()));
        }
    }

    /** Cuts [from, to) where any mark starts or ends; each piece is styled by the marks over it. */
    private static StyleSpans<Collection<String>> sweep(List<Mark> marks, int from, int to) {
        List<Mark> byStart = new ArrayList<>(marks);
        byStart.sort(Comparator.comparingInt(Mark::start));
        int[] cuts = new int[marks.size() * 2 + 2];
        int n = 0;
        cuts[n++] = from;
        cuts[n++] = to;
        for (Mark m : marks) {
            cuts[n++] = m.start();
            cuts[n++] = m.end();
        }
        java.util.Arrays.sort(cuts);
        Map<List<String>, List<String>> shared = new HashMap<>();
        List<Mark> over = new ArrayList<>();
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int next = 0;
        for (int i = 0; i + 1 < n; i++) {
            int at = cuts[i];
            int until = cuts[i + 1];
            if (until == at) {
                continue;
            }
            over.removeIf(m -> m.end() <= at);
            while (next < byStart.size() && byStart.get(next).start() <= at) {
                over.add(byStart.get(next++));
            }
            List<String> classes;
            if (over.isEmpty()) {
                classes = List.of();
            } else {
                over.sort(Comparator.comparingInt(Mark::order));
                classes = shared.computeIfAbsent(over.stream().map(Mark::styleClass).toList(), k -> k);
            }
            builder.add(classes, until - at);
        }
        return builder.create();
    }

    private void scrollTo(int[] range) {
        if (range == null || content == null) {
            return;
        }
        holdAround(range[0]);
        centre(range[0] - content.offset());
    }

    /** Puts the paragraph holding this offset of the shown text in the middle of the view. */
    private void centre(int local) {
        if (local >= 0 && local <= content.text().length()) {
            area.moveTo(local);
            area.showParagraphAtCenter(area.getCurrentParagraph());
        }
    }

    private void scrollToCurrentHit() {
        HitPlace current = search.currentPlace();
        if (current == null || content == null) {
            return;
        }
        holdAround(current.occurrence().start());
        centre(current.occurrence().start() - content.offset());
    }

    /**
     * For {@code --timings}: after each run of scrolling (wheel or keys, until a second without), prints the
     * longest time between two frames meanwhile, how often the window moved, and how much of the section
     * the area held.
     */
    public void printScrollTimings() {
        org.policyexplorer.ui.common.FrameGapMeter meter = new org.policyexplorer.ui.common.FrameGapMeter();
        javafx.animation.PauseTransition quiet = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        int[] movesBefore = {-1};
        quiet.setOnFinished(e -> {
            System.out.printf("scroll: %s, window moved %d times, reader holds %d of %d characters%n",
                    meter.stopAndDescribe(), moves - movesBefore[0], area.getLength(),
                    layout == null ? 0 : layout.to() - layout.from());
            movesBefore[0] = -1;
        });
        javafx.event.EventHandler<javafx.event.Event> scrolling = e -> {
            if (movesBefore[0] < 0) {
                movesBefore[0] = moves;
                meter.start();
            }
            quiet.playFromStart();
        };
        area.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, scrolling);
        area.addEventFilter(KeyEvent.KEY_PRESSED, scrolling);
    }
}
