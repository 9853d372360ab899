package org.policyexplorer.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

/**
 * The reference of the start-up budget (scripts/bench-startup.sh): the least a JavaFX reader can be — a window
 * with a tree and a text area — shown and closed after its first frame, as the app's --check-start does.
 */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        TreeItem<String> root = new TreeItem<>("报告");
        for (int i = 1; i <= 4; i++) {
            root.getChildren().add(new TreeItem<>("第" + i + "部分"));
        }
        root.setExpanded(true);
        TextArea text = new TextArea("各位代表：\n现在，我代表人民政府向大会报告工作。");
        text.setWrapText(true);
        stage.setScene(new Scene(new SplitPane(new TreeView<>(root), text), 1280, 800));
        stage.setTitle("bare");
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.exit();
            }
        }.start();
    }

    /** The main class must not be the Application itself, or the launcher asks for JavaFX modules. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
