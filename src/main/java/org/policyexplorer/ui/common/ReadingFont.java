package org.policyexplorer.ui.common;

import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * Picks an installed font family that has Chinese glyphs in regular and bold. JavaFX's default font falls
 * back to a CJK font for Chinese glyphs but then cannot make them bold, so headings would lose their weight.
 */
public final class ReadingFont {
    /** Common CJK sans families across Linux, Windows and macOS, best first. */
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei", "SimHei", "Droid Sans Fallback");

    private ReadingFont() {
    }

    /** Song/宋体-style serif families, best first. */
    private static final List<String> SERIF = List.of("Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC",
            "SimSun", "Songti SC", "STSong", "AR PL UMing CN");

    /** The first installed serif (宋体) family, or null when none is installed. */
    public static String chineseSerif() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return SERIF.stream().filter(installed::contains).findFirst().orElse(null);
    }

    /** The first preferred family installed here, or null to keep the toolkit's default. */
    public static String chineseSans() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return PREFERRED.stream().filter(installed::contains).findFirst().orElse(null);
    }

    /** An inline style that sets the family, or "" when none of ours is installed. */
    public static String rootStyle() {
        String family = chineseSans();
        return family == null ? "" : "-fx-font-family: \"" + family + "\";";
    }
}
