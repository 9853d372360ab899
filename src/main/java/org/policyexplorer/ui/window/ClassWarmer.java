package org.policyexplorer.ui.window;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a second thread while the toolkit starts, the classes the FX thread will need to build and show
 * the first frame (RichTextFX, the controls' skins, the app's views): reading and defining some 2,000 classes
 * from the jars is a good part of the start, and a two-core machine has the other core idle then. Classes are
 * loaded, not initialised — no static initialiser runs off the FX thread — so the order stays as it was. The
 * list is made from a real start by {@code scripts/first-frame-classes.sh}; a name no longer there is skipped.
 */
final class ClassWarmer {
    static final String LIST = "/org/policyexplorer/ui/window/first-frame-classes.txt";

    private ClassWarmer() {
    }

    static void start() {
        Thread thread = new Thread(ClassWarmer::loadAll, "pe-class-warmer");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void loadAll() {
        ClassLoader loader = ClassWarmer.class.getClassLoader();
        try (InputStream in = ClassWarmer.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                try {
                    Class.forName(name.strip(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // renamed or gone since the list was made: the FX thread loads what it needs itself
                }
            }
        } catch (IOException e) {
            // the list is an optimisation only
        }
    }
}
