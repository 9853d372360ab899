package org.policyexplorer.ui.window;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The window's icon, decoded off the FX thread and set when ready: decoding the 256-pixel PNG with the decoder
 * not yet compiled took the FX thread some tens of milliseconds before the first frame, for an icon the
 * window manager shows a moment later just as well.
 */
final class WindowIcon {
    private static final Logger LOG = Logger.getLogger(WindowIcon.class.getName());
    private static final String ICON = "/org/policyexplorer/ui/window/icon-256.png";

    private WindowIcon() {
    }

    static void setWhenDecoded(Stage stage) {
        CompletableFuture.supplyAsync(WindowIcon::decode).whenComplete((icon, error) -> {
            if (error != null || icon.isError()) {
                LOG.log(Level.FINE, "no window icon", error != null ? error : icon.getException());
            } else {
                Platform.runLater(() -> stage.getIcons().add(icon));
            }
        });
    }

    private static Image decode() {
        try (InputStream in = WindowIcon.class.getResourceAsStream(ICON)) {
            return new Image(in); // a broken image does not throw: it says so in isError()
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
