package org.policyexplorer.ui.common;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.export.SafeFile;

/**
 * A chart (or any node) as a PNG file. The snapshot must be taken on the FX thread; the file is written on
 * any other, whole or not at all. The pixels go through java.awt's BufferedImage and ImageIO (java.desktop,
 * which the packaged runtime has) rather than SwingFXUtils, so javafx.swing is not needed.
 */
public final class ChartImages {
    /** A snapshot's pixels, ARGB, row by row: safe to hand to a background thread. */
    public record Pixels(int width, int height, int[] argb) {
    }

    private ChartImages() {
    }

    /** The node as it is drawn now, on its own background (transparent where it has none). FX thread only. */
    public static Pixels snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        WritableImage image = node.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new Pixels(width, height, argb);
    }

    /** Writes the pixels as PNG; never on the FX thread. */
    public static void writePng(Pixels pixels, Path target) throws AnnotationException {
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        SafeFile.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new java.io.IOException("no PNG writer");
            }
        });
    }
}
