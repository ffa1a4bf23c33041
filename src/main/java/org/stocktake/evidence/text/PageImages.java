package org.stocktake.evidence.text;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws a PDF page, or a page of a picture, as a PNG: in colour for a person to read, in grey for text recognition.
 * The one class of the text reader that uses AWT.
 */
final class PageImages {

    /** Enough for small print; recognition gains nothing from more. */
    private static final float DPI = 300;
    /** About an A2 sheet at 300 dpi; an enormous page is rendered coarser rather than taking gigabytes. */
    private static final double MOST_PIXELS = 40_000_000;

    private PageImages() {}

    /** A page in colour for a person to read, at {@code dpi} (capped as for recognition). */
    static byte[] colourPng(PDFRenderer renderer, PDDocument document, int pageIndex, float dpi) throws IOException {
        PDRectangle box = document.getPage(pageIndex).getCropBox();
        double squareInches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        float capped = squareInches <= 0 ? dpi : (float) Math.min(dpi, Math.sqrt(MOST_PIXELS / squareInches));
        BufferedImage image = renderer.renderImageWithDPI(pageIndex, capped, ImageType.RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 18);
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("This Java runtime has no PNG encoder.");
        }
        return png.toByteArray();
    }

    static byte[] greyPng(PDDocument document, int pageIndex) throws IOException {
        PDRectangle box = document.getPage(pageIndex).getCropBox();
        double squareInches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        float dpi = squareInches <= 0 ? DPI : (float) Math.min(DPI, Math.sqrt(MOST_PIXELS / squareInches));
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 20);
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("This Java runtime has no PNG encoder.");
        }
        return png.toByteArray();
    }

    /**
     * Page {@code index} of the picture {@code reader} reads, drawn {@code across} by {@code down} pixels, in grey or in
     * colour, as a PNG; a transparent picture is drawn on white, as it would be printed.
     */
    static byte[] picturePng(ImageReader reader, int index, int across, int down, boolean grey) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        // Every n-th pixel only, when the picture is drawn n or more times smaller: a large scan is not held whole.
        int every = Math.max(1, Math.min(reader.getWidth(index) / across, reader.getHeight(index) / down));
        param.setSourceSubsampling(every, every, 0, 0);
        BufferedImage read = reader.read(index, param);
        BufferedImage drawn =
                new BufferedImage(across, down, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = drawn.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, across, down);
            g.drawImage(read, 0, 0, across, down, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 18);
        if (!ImageIO.write(drawn, "png", png)) {
            throw new IOException("This Java runtime has no PNG encoder.");
        }
        return png.toByteArray();
    }
}
