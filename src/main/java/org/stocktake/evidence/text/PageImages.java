package org.stocktake.evidence.text;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders a PDF page as a grey PNG for text recognition: the one class of the text reader that uses AWT. */
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
}
