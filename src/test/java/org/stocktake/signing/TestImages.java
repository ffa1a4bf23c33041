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
        return scrawl(300, 100, "png");
    }

    /** A scrawl of the size and format asked for ("png" or "jpg"). */
    public static byte[] scrawl(int width, int height, String format) {
        BufferedImage image = new BufferedImage(
                width, height, format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!format.equals("png")) {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
        }
        graphics.scale(width / 300.0, height / 100.0);
        graphics.setColor(new Color(20, 30, 110));
        graphics.setStroke(new BasicStroke(4));
        int[] xs = {10, 50, 70, 110, 130, 180, 200, 250, 290};
        int[] ys = {70, 20, 80, 25, 75, 30, 70, 35, 60};
        graphics.drawPolyline(xs, ys, xs.length);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A whole PNG whose header claims {@code side} by {@code side} pixels, though it holds almost nothing. */
    public static byte[] claimingToBeHuge(int side) {
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 25 + 12 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.putInt(13).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        png.putInt(side)
                .putInt(side)
                .put((byte) 8)
                .put((byte) 6)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        png.putInt(0);
        png.putInt(0)
                .put("IDAT".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(0);
        png.putInt(0)
                .put("IEND".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(0);
        return png.array();
    }
}
