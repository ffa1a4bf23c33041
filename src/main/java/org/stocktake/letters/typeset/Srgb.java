package org.stocktake.letters.typeset;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The typesetter's one use of AWT, both ends of the same colour space: the sRGB profile the PDF declares as its
 * output intent, and a page drawn to sRGB pixels for the preview.
 */
final class Srgb {
    /** Read once: the JDK builds the profile's bytes afresh on every call. */
    private static final byte[] PROFILE =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private Srgb() {}

    static byte[] profile() {
        return PROFILE.clone();
    }

    static LetterPreview.Pixels render(PDDocument document, int pageIndex, float dpi) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        return new LetterPreview.Pixels(width, height, argb);
    }
}
