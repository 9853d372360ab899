package org.policyexplorer.ui.window;

import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.policyexplorer.ui.WindowState;

/**
 * Where the window is and how big: the remembered geometry, kept inside the visible screen (a monitor that is
 * gone does not leave the window off-screen), and saved when the window closes.
 */
final class WindowPlacement {
    private WindowPlacement() {
    }

    /** The scene's first size: the remembered one, no larger than the screen. */
    static double[] sceneSize(WindowState window) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new double[] {Math.min(window.width(), screen.getWidth()), Math.min(window.height(), screen.getHeight())};
    }

    static void place(Stage stage, WindowState window) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(window.width(), screen.getWidth());
        double height = Math.min(window.height(), screen.getHeight());
        stage.setWidth(Math.max(640, width));
        stage.setHeight(Math.max(480, height));
        Double x = window.x();
        Double y = window.y();
        boolean visible = x != null && y != null && x >= screen.getMinX() - 8 && y >= screen.getMinY() - 8
                && x + width <= screen.getMaxX() + 8 && y + height <= screen.getMaxY() + 8;
        if (visible) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(window.maximized());
    }

    /** When the window closes, its geometry and the tree's width go to the store. */
    static void saveOnClose(Stage stage, SplitPane split, Consumer<Map<String, String>> store) {
        stage.setOnHidden(e -> store.accept(WindowState.geometry(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized(), split.getDividerPositions()[0])));
    }
}
