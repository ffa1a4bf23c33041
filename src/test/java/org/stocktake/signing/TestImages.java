package org.stocktake.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A scrawl on a transparent background, standing in for a scanned handwritten signature. */
public final class TestImages {

    private TestImages() {}

    public static byte[] handwrittenSignature() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(new Color(20, 30, 110));
        graphics.setStroke(new BasicStroke(4));
        int[] xs = {10, 50, 70, 110, 130, 180, 200, 250, 290};
        int[] ys = {70, 20, 80, 25, 75, 30, 70, 35, 60};
        graphics.drawPolyline(xs, ys, xs.length);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
