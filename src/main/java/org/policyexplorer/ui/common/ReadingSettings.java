package org.policyexplorer.ui.common;

import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the user likes to read: text size (zoom), typeface, line spacing and theme; remembered in the store.
 * Values read from the store are checked: a missing or garbled one gives the default.
 */
public final class ReadingSettings {
    public enum Typeface { SANS, SERIF }

    public enum Spacing { COMPACT, NORMAL, ROOMY }

    public enum Theme { LIGHT, DARK }

    public static final double MIN_ZOOM = 0.7;
    public static final double MAX_ZOOM = 2.5;
    public static final double STEP = 0.1;
    static final String ZOOM = "view.zoom";
    static final String TYPEFACE = "view.typeface";
    static final String SPACING = "view.spacing";
    static final String THEME = "view.theme";

    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<Typeface> typeface = new SimpleObjectProperty<>(Typeface.SANS);
    private final ObjectProperty<Spacing> spacing = new SimpleObjectProperty<>(Spacing.NORMAL);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    public ReadingSettings(Map<String, String> stored) {
        try {
            double z = Double.parseDouble(stored.getOrDefault(ZOOM, "1.0"));
            zoom.set(Double.isFinite(z) ? clamp(z) : 1.0);
        } catch (NumberFormatException e) {
            zoom.set(1.0);
        }
        typeface.set(parse(Typeface.class, stored.get(TYPEFACE), Typeface.SANS));
        spacing.set(parse(Spacing.class, stored.get(SPACING), Spacing.NORMAL));
        theme.set(parse(Theme.class, stored.get(THEME), Theme.LIGHT));
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<Typeface> typefaceProperty() {
        return typeface;
    }

    public ObjectProperty<Spacing> spacingProperty() {
        return spacing;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void zoomIn() {
        zoom.set(clamp(Math.round((zoom.get() + STEP) * 10) / 10.0));
    }

    public void zoomOut() {
        zoom.set(clamp(Math.round((zoom.get() - STEP) * 10) / 10.0));
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    /** What to store. */
    public Map<String, String> toStore() {
        return Map.of(ZOOM, Double.toString(zoom.get()), TYPEFACE, typeface.get().name(), SPACING,
                spacing.get().name(), THEME, theme.get().name());
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return value == null ? fallback : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
