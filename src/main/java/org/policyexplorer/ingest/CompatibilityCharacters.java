package org.policyexplorer.ingest;

import java.text.Normalizer;
import java.util.Map;

/**
 * Folds the compatibility characters that PDF text layers put where a report has ordinary Han characters, so
 * that search finds the words: Kangxi radicals (⽋ U+2F4B for 欠, ⼈ for 人), the simplified and other CJK radicals
 * that stand for whole characters (⻓ for 长, ⻔ for 门), CJK compatibility ideographs (豈 U+F900 for 豈) and
 * Latin ligatures (ﬁ). Fonts map one glyph to both code points and producers pick the radical. Nothing else is
 * touched: full-width forms stay (search folds them), and so does every ordinary character.
 */
final class CompatibilityCharacters {
    /**
     * Radicals of the CJK Radicals Supplement that are whole characters and that Unicode gives no
     * compatibility decomposition (NFKC leaves them alone): their unified ideographs, by their names.
     */
    private static final Map<Integer, String> RADICALS = Map.ofEntries(
            Map.entry(0x2E81, "厂"), Map.entry(0x2E87, "几"), Map.entry(0x2E8A, "卜"), Map.entry(0x2EA0, "民"),
            Map.entry(0x2EC4, "西"), Map.entry(0x2EC5, "见"), Map.entry(0x2EC6, "角"), Map.entry(0x2EC9, "贝"),
            Map.entry(0x2ECB, "车"), Map.entry(0x2ED1, "長"), Map.entry(0x2ED3, "长"), Map.entry(0x2ED4, "门"),
            Map.entry(0x2ED8, "青"), Map.entry(0x2ED9, "韦"), Map.entry(0x2EDA, "页"), Map.entry(0x2EDB, "风"),
            Map.entry(0x2EDC, "飞"), Map.entry(0x2EDD, "食"), Map.entry(0x2EE2, "马"), Map.entry(0x2EE3, "骨"),
            Map.entry(0x2EE4, "鬼"), Map.entry(0x2EE5, "鱼"), Map.entry(0x2EE6, "鸟"), Map.entry(0x2EE7, "卤"),
            Map.entry(0x2EE8, "麦"), Map.entry(0x2EE9, "黄"), Map.entry(0x2EEA, "黾"), Map.entry(0x2EEC, "齐"),
            Map.entry(0x2EEE, "齿"), Map.entry(0x2EF0, "龙"));

    private CompatibilityCharacters() {
    }

    static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement = replacement(cp);
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(int cp) {
        String radical = RADICALS.get(cp);
        if (radical != null) {
            return radical;
        }
        boolean compatibility = cp >= 0x2F00 && cp <= 0x2FDF          // Kangxi radicals
                || cp >= 0x2E80 && cp <= 0x2EFF                       // CJK radicals supplement (two fold)
                || cp >= 0xF900 && cp <= 0xFAFF                       // CJK compatibility ideographs
                || cp >= 0x2F800 && cp <= 0x2FA1F                     // … supplement
                || cp >= 0xFB00 && cp <= 0xFB06;                      // Latin ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
        if (!compatibility) {
            return null;
        }
        String s = new String(Character.toChars(cp));
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return folded.equals(s) ? null : folded;
    }
}
