package org.policyexplorer.ui;

import java.util.HashMap;
import java.util.Map;
import org.policyexplorer.settings.Settings;

/**
 * The window's remembered state: geometry, divider, last report and section. Values are read defensively:
 * a missing or garbled entry gives the default, never an error.
 */
public final class WindowState {
    public static final String LAST_REPORT = "window.lastReport";
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";
    static final String DIVIDER = "window.divider";
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double DEFAULT_DIVIDER = 0.28;

    private final Map<String, String> values;

    public WindowState(Map<String, String> values) {
        this.values = new HashMap<>(values);
    }

    public static String lastSectionKey(long reportId) {
        return "report." + reportId + ".lastSection";
    }

    static Long lastSection(Settings preferences, long reportId) {
        return preferences.get(lastSectionKey(reportId)).map(WindowState::parseLong).orElse(null);
    }

    /** Every remembered value, for the other settings read from the same store. */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    public Long lastReport() {
        return parseLong(values.get(LAST_REPORT));
    }

    public Long lastSection(long reportId) {
        return parseLong(values.get(lastSectionKey(reportId)));
    }

    public double width() {
        return number(WIDTH, DEFAULT_WIDTH);
    }

    public double height() {
        return number(HEIGHT, DEFAULT_HEIGHT);
    }

    public Double x() {
        return values.containsKey(X) ? number(X, 0) : null;
    }

    public Double y() {
        return values.containsKey(Y) ? number(Y, 0) : null;
    }

    public boolean maximized() {
        return Boolean.parseBoolean(values.get(MAXIMIZED));
    }

    public double divider() {
        double d = number(DIVIDER, DEFAULT_DIVIDER);
        return d > 0.05 && d < 0.8 ? d : DEFAULT_DIVIDER;
    }

    public static Map<String, String> geometry(double x, double y, double width, double height, boolean maximized,
                                               double divider) {
        Map<String, String> m = new HashMap<>();
        m.put(X, Double.toString(x));
        m.put(Y, Double.toString(y));
        m.put(WIDTH, Double.toString(width));
        m.put(HEIGHT, Double.toString(height));
        m.put(MAXIMIZED, Boolean.toString(maximized));
        m.put(DIVIDER, Double.toString(divider));
        return m;
    }

    private double number(String key, double fallback) {
        try {
            String v = values.get(key);
            double d = v == null ? fallback : Double.parseDouble(v);
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Long parseLong(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
