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

    /** The installed families, asked for once: the list does not change while the app runs. */
    private static volatile Set<String> installed;

    /** The first installed serif (宋体) family, or null when none is installed. */
    public static String chineseSerif() {
        return SERIF.stream().filter(installed()::contains).findFirst().orElse(null);
    }

    /** The first preferred family installed here, or null to keep the toolkit's default. */
    public static String chineseSans() {
        return PREFERRED.stream().filter(installed()::contains).findFirst().orElse(null);
    }

    private static Set<String> installed() {
        Set<String> families = installed;
        if (families == null) {
            families = Set.copyOf(Font.getFamilies());
            installed = families;
        }
        return families;
    }
}
