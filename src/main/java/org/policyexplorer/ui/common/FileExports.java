package org.policyexplorer.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.policyexplorer.annotate.export.ExcelCsv;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.Messages;

/**
 * Writes a view's table as CSV for Excel or its chart as PNG on the long lane, whole or not at all; tells the
 * view when done, or why not in the user's language.
 */
public final class FileExports {
    private final BackgroundWork background;
    private final Messages messages;

    public FileExports(BackgroundWork background, Messages messages) {
        this.background = background;
        this.messages = messages;
    }

    /** A table: header and rows, cells as numbers where they are numbers. */
    public void csv(Path target, List<String> header, List<List<Object>> rows, Runnable done,
                    Consumer<String> failed) {
        background.run(BackgroundWork.Lane.LONG, () -> {
            ExcelCsv.write(target, header, rows);
            return null;
        }, ok -> done.run(), error -> failed.accept(failure(target, error)));
    }

    /** A chart's snapshot, taken on the FX thread before this is called. */
    public void png(ChartImages.Pixels pixels, Path target, Runnable done, Consumer<String> failed) {
        background.run(BackgroundWork.Lane.LONG, () -> {
            ChartImages.writePng(pixels, target);
            return null;
        }, ok -> done.run(), error -> failed.accept(failure(target, error)));
    }

    private String failure(Path target, Throwable error) {
        return messages.get("indicators.export.failed", target.getFileName(), ErrorMessages.describe(messages, error));
    }
}
