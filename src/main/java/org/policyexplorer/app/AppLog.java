package org.policyexplorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the application's log to {@code policy-explorer.log} beside the store, so users never see traces. */
public final class AppLog {
    private static final Logger ROOT = Logger.getLogger("org.policyexplorer");
    /**
     * POI and PDFBox log through java.util.logging (POI by way of log4j-to-jul): what they say about an odd
     * file goes to the log file, never to the terminal; only their errors, since PDFBox warns once per glyph of
     * a font without a Unicode map.
     */
    private static final Logger LIBRARIES = Logger.getLogger("org.apache");
    private static boolean configured;

    private AppLog() {
    }

    public static synchronized void toFolder(Path folder) {
        if (configured) {
            return;
        }
        configured = true;
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("policy-explorer.log").toString(),
                    2_000_000, 2, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            ROOT.addHandler(handler);
            ROOT.setUseParentHandlers(false);
            ROOT.setLevel(Level.INFO);
            LIBRARIES.addHandler(handler);
            LIBRARIES.setUseParentHandlers(false);
            LIBRARIES.setLevel(Level.SEVERE);
        } catch (IOException | SecurityException e) {
            // a log we cannot write must not stop the program; keep logging to the console
            ROOT.log(Level.WARNING, "cannot write log to " + folder, e);
        }
    }
}
