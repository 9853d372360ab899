package org.policyexplorer.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Sets a printout into pages of a given printable size: each page has the title at the top, as many whole
 * blocks as fit, and "第 n 页 / 共 m 页" at the bottom. A block taller than a page is cut between sentences.
 * Pure layout, no printer needed, so it is tested on its own.
 */
public final class PageSetter {
    private static final double GAP = 6;
    private static final double COLUMN_GAP = 14;
    private static final double MARGIN_TEXT = 9;

    private final String fontFamily;
    private final double fontSize;
    private final String pageNumberPattern;

    /** @param pageNumberPattern e.g. "第 {0} 页 / 共 {1} 页" */
    public PageSetter(String fontFamily, double fontSize, String pageNumberPattern) {
        this.fontFamily = fontFamily;
        this.fontSize = fontSize;
        this.pageNumberPattern = pageNumberPattern;
    }

    /** The pages, each a node exactly {@code width} wide and at most {@code height} high. */
    public List<Region> pages(Printout printout, double width, double height) {
        double bodyHeight = height - 2 * (MARGIN_TEXT + smallFont().getSize() * 1.6);
        List<List<Node>> bodies = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        double used = 0;
        for (PrintBlock block : fitting(printout.blocks(), width, bodyHeight)) {
            Region node = render(block, width);
            double h = measure(node, width);
            if (!current.isEmpty() && used + GAP + h > bodyHeight) {
                bodies.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            used += (current.isEmpty() ? 0 : GAP) + h;
            current.add(node);
        }
        if (!current.isEmpty() || bodies.isEmpty()) {
            bodies.add(current);
        }
        List<Region> pages = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            pages.add(page(printout.title(), bodies.get(i), i + 1, bodies.size(), width, height));
        }
        return pages;
    }

    /** Blocks, with any too tall for a page cut into runs of whole sentences. */
    private List<PrintBlock> fitting(List<PrintBlock> blocks, double width, double bodyHeight) {
        List<PrintBlock> out = new ArrayList<>();
        for (PrintBlock block : blocks) {
            if (block.twoColumns() || measure(render(block, width), width) <= bodyHeight) {
                out.add(block);
                continue;
            }
            StringBuilder run = new StringBuilder();
            for (String sentence : sentences(block.left())) {
                String longer = run + sentence;
                if (run.length() > 0
                        && measure(render(new PrintBlock(longer, null, block.heading()), width), width) > bodyHeight) {
                    out.add(new PrintBlock(run.toString(), null, block.heading()));
                    run.setLength(0);
                }
                run.append(sentence);
            }
            out.add(new PrintBlock(run.toString(), null, block.heading()));
        }
        return out;
    }

    /** Splits after 。！？； and line breaks, keeping the marks, so the pieces join back to the text. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("。！？；\n".indexOf(text.charAt(i)) >= 0) {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    private Region render(PrintBlock block, double width) {
        if (!block.twoColumns()) {
            TextFlow flow = flow(block.left(), block.heading() ? headingFont() : bodyFont());
            flow.setPrefWidth(width);
            return flow;
        }
        double column = (width - COLUMN_GAP) / 2;
        Font font = block.heading() ? Font.font(fontFamily, FontWeight.BOLD, fontSize) : bodyFont();
        TextFlow left = flow(block.left(), font);
        TextFlow right = flow(block.right(), font);
        left.setPrefWidth(column);
        right.setPrefWidth(column);
        HBox row = new HBox(COLUMN_GAP, left, right);
        row.setPrefWidth(width);
        return row;
    }

    private static TextFlow flow(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        t.setFill(Color.BLACK);
        TextFlow flow = new TextFlow(t);
        flow.setLineSpacing(font.getSize() * 0.35);
        return flow;
    }

    private static double measure(Region node, double width) {
        if (node instanceof HBox row) {
            double h = 0;
            for (Node child : row.getChildren()) {
                Region r = (Region) child;
                h = Math.max(h, r.prefHeight(r.getPrefWidth()));
            }
            return h;
        }
        return node.prefHeight(width);
    }

    private Region page(String title, List<Node> body, int number, int count, double width, double height) {
        Text header = new Text(title);
        header.setFont(smallFont());
        header.setFill(Color.gray(0.35));
        Text footer = new Text(java.text.MessageFormat.format(pageNumberPattern, number, count));
        footer.setFont(smallFont());
        footer.setFill(Color.gray(0.35));
        VBox content = new VBox(GAP);
        content.getChildren().addAll(body);
        VBox.setVgrow(content, Priority.ALWAYS);
        HBox footerRow = new HBox(footer);
        footerRow.setAlignment(javafx.geometry.Pos.CENTER);
        VBox page = new VBox(MARGIN_TEXT, new TextFlow(header), content, footerRow);
        page.setPadding(Insets.EMPTY);
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        page.setStyle("-fx-background-color: white;");
        return page;
    }

    private Font bodyFont() {
        return Font.font(fontFamily, fontSize);
    }

    private Font headingFont() {
        return Font.font(fontFamily, FontWeight.BOLD, fontSize * 1.25);
    }

    private Font smallFont() {
        return Font.font(fontFamily, fontSize * 0.8);
    }
}
