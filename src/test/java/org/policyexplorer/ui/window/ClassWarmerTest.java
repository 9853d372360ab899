package org.policyexplorer.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-frame class list still names the classes there are: a stale list would quietly warm nothing. */
class ClassWarmerTest {
    @Test
    void nearlyEveryListedClassExistsAndTheWindowsOwnAreAmongThem() throws IOException {
        List<String> names;
        try (InputStream in = ClassWarmer.class.getResourceAsStream(ClassWarmer.LIST)) {
            assertThat(in).isNotNull();
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
        assertThat(names).hasSizeGreaterThan(500).contains("org.fxmisc.richtext.StyleClassedTextArea");
        long found = names.stream().filter(ClassWarmerTest::exists).count();
        assertThat(found).as("classes of the list that load; run scripts/first-frame-classes.sh if this fails")
                .isGreaterThan(names.size() * 9 / 10);
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, ClassWarmerTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
