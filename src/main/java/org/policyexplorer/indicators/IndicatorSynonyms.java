package org.policyexplorer.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The names reports give one indicator (全省生产总值 = 地区生产总值; 新增城镇就业 = 城镇新增就业), read once from
 * {@code indicator-synonyms.properties}. A name is looked up whole, without the place words before it.
 */
public final class IndicatorSynonyms {
    private static final Pattern PLACE_WORDS = Pattern.compile("^(全省|全市|全区|全县|全州|全旗|全国|我省|我市|我区|我县|本市)");
    private static final Map<String, String> CANONICAL = load();

    private IndicatorSynonyms() {
    }

    /** The indicator's usual name; the name itself (without place words) when no synonym is known. */
    public static String canonical(String name) {
        if (name == null) {
            return "";
        }
        String n = PLACE_WORDS.matcher(name.strip()).replaceFirst("");
        return CANONICAL.getOrDefault(n, n);
    }

    private static Map<String, String> load() {
        try (InputStream in = IndicatorSynonyms.class.getResourceAsStream("indicator-synonyms.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            for (String canonical : p.stringPropertyNames()) {
                map.put(canonical, canonical);
                for (String alias : p.getProperty(canonical).split("\\|")) {
                    if (!alias.isBlank()) {
                        map.put(alias.strip(), canonical);
                    }
                }
            }
            return Map.copyOf(map);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read indicator-synonyms.properties", e);
        }
    }
}
