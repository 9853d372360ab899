package org.policyexplorer.ui;

import org.policyexplorer.ui.window.MainWindow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.ui.common.ReadingSettings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Reading on a laptop: zoom that stays, a keyboard walk through every view, copying with the source. */
class ReadingUiTest extends WindowTest {
    private double readerFontSize() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.reader().textArea().lookupAll(".text").stream()
                .filter(n -> n instanceof Text).map(n -> ((Text) n).getFont().getSize()).findFirst().orElse(0.0)).get();
    }

    @Test
    void zoomReachesTheReaderAndSurvivesARestart() throws Exception {
        double before = readerFontSize();
        robot.clickOn(window.reader().textArea());
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.reading().zoomProperty().get()).isEqualTo(1.2);
        assertThat(readerFontSize()).isGreaterThan(before * 1.15);

        restart();
        assertThat(window.reading().zoomProperty().get()).isEqualTo(1.2);
        assertThat(readerFontSize()).isGreaterThan(before * 1.15);
        robot.clickOn(window.reader().textArea());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.reading().zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void everyViewIsReachedByKeyboardAlone() throws Exception {
        String[] tabs = {"tab-reader", "tab-compare", "tab-indicators", "tab-annotations", "tab-library"};
        for (int i = tabs.length - 1; i >= 0; i--) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1));
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.views().pane().getSelectionModel().getSelectedItem().getId()).isEqualTo(tabs[i]);
            assertThat(window.views().pane().getSelectionModel().getSelectedItem().getContent()).isNotNull();
        }
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(window.searchBar().field().isFocused()).isTrue();
        robot.write("河长制").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.search().currentProperty().get() == 0);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.policyexplorer.ui.window.ShortcutSheet.Shortcut> sheet =
                robot.lookup("#shortcut-sheet").queryAs(javafx.scene.control.TableView.class);
        assertThat(sheet.getItems()).extracting(org.policyexplorer.ui.window.ShortcutSheet.Shortcut::keys)
                .contains("Ctrl+F", "F3", "Ctrl+M", "Ctrl+=", "Ctrl+P", "F1");
        assertThat(sheet.getItems()).extracting(org.policyexplorer.ui.window.ShortcutSheet.Shortcut::command).contains("打印…", "快捷键");
        robot.type(KeyCode.ENTER);
    }

    @Test
    void copyingFromTheReaderAddsWhereItIsFrom() throws Exception {
        var area = window.reader().textArea();
        String passage = "第一部分是2017年工作回顾";
        int from = area.getText().indexOf(passage);
        int to = from + passage.length();
        Bounds start = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(from, from + 1).orElseThrow()).get();
        Bounds end = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(to - 1, to).orElseThrow()).get();
        robot.drag(new Point2D(start.getMinX() + 1, start.getCenterY()), MouseButton.PRIMARY)
                .dropTo(new Point2D(end.getMaxX() - 1, end.getCenterY()));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(passage + "（通州区2018年政府工作报告 › 开篇）");
    }

    @Test
    void printingWithNoPrinterSaysHowToGetOne() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(javafx.print.Printer.getDefaultPrinter() == null,
                "a printer is installed here: the system dialog would open");
        robot.clickOn(window.reader().textArea());
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        assertThat(robot.lookup(".dialog-pane .content").queryAll().stream()
                .map(n -> n instanceof javafx.scene.control.Labeled l ? l.getText() : "").toList())
                .anyMatch(text -> text.contains("没有设置打印机") && text.contains("PDF"));
        robot.type(KeyCode.ENTER);
    }

    /** What a screen reader would say for a control: its accessible text, else the text it shows. */
    private static String spokenName(javafx.scene.Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        return node instanceof javafx.scene.control.Labeled l && l.getText() != null ? l.getText().strip() : "";
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyControlTheKeyboardReachesHasAName() throws Exception {
        java.util.List<String> unnamed = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + i);
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            String tab = window.views().pane().getSelectionModel().getSelectedItem().getText();
            unnamed.addAll(WaitForAsyncUtils.asyncFx(() -> app.stage().getScene().getRoot().lookupAll("*").stream()
                    .filter(n -> n.isFocusTraversable() && shown(n) && !n.isDisabled())
                    .filter(n -> !(n.getParent() instanceof javafx.scene.control.ComboBoxBase<?>))
                    .filter(n -> spokenName(n).isEmpty())
                    .map(n -> tab + ": " + n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()))
                    .distinct().toList()).get());
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void aWindowSavedOnABiggerScreenOpensInsideThisOne() throws Exception {
        app.close();
        window = app.open(context -> context.settings().putAll(Map.of("window.width", "5120",
                "window.height", "2880", "window.x", "4000", "window.y", "-300", "view.typeface", "SERIF")));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.stage.Stage stage = app.stage();
        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(stage.getX()).isBetween(screen.getMinX(), screen.getMaxX() - stage.getWidth() + 1);
        assertThat(stage.getY()).isBetween(screen.getMinY(), screen.getMaxY() - stage.getHeight() + 1);
        assertThat(window.reading().typefaceProperty().get()).isEqualTo(ReadingSettings.Typeface.SERIF);
        assertThat(readerFontSize()).as("the reader shows text, serif installed or not").isPositive();
    }

    @Test
    void garbledSettingsGiveDefaults() {
        ReadingSettings settings = new ReadingSettings(Map.of("view.zoom", "NaN", "view.theme", "PURPLE",
                "view.typeface", "", "view.spacing", "ROOMY"));
        assertThat(settings.zoomProperty().get()).isEqualTo(1.0);
        assertThat(settings.themeProperty().get()).isEqualTo(ReadingSettings.Theme.LIGHT);
        assertThat(settings.spacingProperty().get()).isEqualTo(ReadingSettings.Spacing.ROOMY);
        ReadingSettings big = new ReadingSettings(Map.of("view.zoom", "99"));
        assertThat(big.zoomProperty().get()).isEqualTo(ReadingSettings.MAX_ZOOM);
    }
}
