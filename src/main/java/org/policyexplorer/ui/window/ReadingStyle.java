package org.policyexplorer.ui.window;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.policyexplorer.ui.common.ReadingFont;
import org.policyexplorer.ui.common.ReadingSettings;

/**
 * Size, typeface, spacing and theme applied to the window, and kept when they change. The root's font size
 * scales every em in the stylesheets, so the tree, tables and reader grow together.
 */
final class ReadingStyle {
    private static final String DARK = "/org/policyexplorer/ui/window/dark.css";
    private final ReadingSettings reading;
    private final Parent root;
    private final Node text;

    /**
     * @param root  what the font size and family are set on
     * @param text  the reader's text, which takes the line spacing
     * @param store where changed settings are kept (in the background)
     */
    ReadingStyle(ReadingSettings reading, Parent root, Node text, Consumer<java.util.Map<String, String>> store) {
        this.reading = reading;
        this.root = root;
        this.text = text;
        apply();
        Runnable changed = () -> {
            apply();
            store.accept(reading.toStore());
        };
        reading.zoomProperty().addListener((obs, old, z) -> changed.run());
        reading.typefaceProperty().addListener((obs, old, t) -> changed.run());
        reading.spacingProperty().addListener((obs, old, t) -> changed.run());
        reading.themeProperty().addListener((obs, old, t) -> changed.run());
    }

    void apply() {
        String family = family();
        String size = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * reading.zoomProperty().get());
        root.setStyle(size + (family == null ? "" : " -fx-font-family: \"" + family + "\";"));
        var classes = text.getStyleClass();
        classes.removeAll("spacing-compact", "spacing-normal", "spacing-roomy");
        classes.add("spacing-" + reading.spacingProperty().get().name().toLowerCase(Locale.ROOT));
        if (root.getScene() != null) {
            applyTheme(root.getScene());
        }
    }

    void applyTheme(Scene scene) {
        String dark = ReadingStyle.class.getResource(DARK).toExternalForm();
        scene.getStylesheets().remove(dark);
        if (reading.themeProperty().get() == ReadingSettings.Theme.DARK) {
            scene.getStylesheets().add(dark);
        }
    }

    /** The family the reader uses now, or null for the toolkit's default. */
    String family() {
        String family = reading.typefaceProperty().get() == ReadingSettings.Typeface.SERIF
                ? ReadingFont.chineseSerif() : ReadingFont.chineseSans();
        return family != null ? family : ReadingFont.chineseSans(); // no serif installed: sans, without complaint
    }
}
