package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message exists in both languages: a key missing in one would show the raw key to its users. */
class MessageBundlesTest {
    private static Properties load(String name) throws Exception {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/policyexplorer/i18n/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(en.stringPropertyNames()).hasSizeGreaterThan(100).isEqualTo(zh.stringPropertyNames());
    }

    @Test
    void theChineseBundleIsChinese() throws Exception {
        Properties zh = load("messages_zh_CN.properties");
        long withHan = zh.stringPropertyNames().stream().filter(k -> zh.getProperty(k).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertThat(withHan).isGreaterThan(zh.size() * 8L / 10);
    }
}
