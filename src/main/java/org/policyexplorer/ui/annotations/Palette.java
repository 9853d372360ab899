package org.policyexplorer.ui.annotations;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The highlight colours a researcher can give an annotation. The reader styles text with classes, so a
 * colour from elsewhere (an import) is shown as the nearest of these.
 */
public final class Palette {
    /** Style class → colour, in the order offered. */
    public static final Map<String, String> COLOURS = new LinkedHashMap<>();

    static {
        COLOURS.put("anno-yellow", "#ffd54f");
        COLOURS.put("anno-green", "#81c784");
        COLOURS.put("anno-blue", "#64b5f6");
        COLOURS.put("anno-pink", "#f48fb1");
        COLOURS.put("anno-orange", "#ffb74d");
        COLOURS.put("anno-purple", "#b39ddb");
    }

    private Palette() {
    }

    /** The style class of the palette colour nearest to a #rrggbb colour. */
    public static String styleClassOf(String hex) {
        int[] c = rgb(hex);
        String best = "anno-yellow";
        long bestDistance = Long.MAX_VALUE;
        for (Map.Entry<String, String> e : COLOURS.entrySet()) {
            int[] p = rgb(e.getValue());
            long d = (long) (c[0] - p[0]) * (c[0] - p[0]) + (long) (c[1] - p[1]) * (c[1] - p[1])
                    + (long) (c[2] - p[2]) * (c[2] - p[2]);
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getKey();
            }
        }
        return best;
    }

    private static int[] rgb(String hex) {
        try {
            String h = hex.startsWith("#") ? hex.substring(1) : hex;
            int v = Integer.parseInt(h.substring(0, 6), 16);
            return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
        } catch (RuntimeException e) {
            return new int[] {0xFF, 0xD5, 0x4F};
        }
    }
}
