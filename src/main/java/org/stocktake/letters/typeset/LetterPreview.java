package org.stocktake.letters.typeset;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Draws a page of a typeset letter as pixels, for the window's live preview. */
public final class LetterPreview {
    /** Past this a preview is drawn coarser rather than taking hundreds of megabytes. */
    private static final float MOST_DPI = 300;

    /** A page's pixels, row by row, each as 0xAARRGGBB. */
    public record Pixels(int width, int height, int[] argb) {}

    private LetterPreview() {}

    /**
     * Page {@code pageIndex} (from 0) of {@code pdf}, drawn at {@code dpi} dots per inch (at most 300).
     *
     * @throws IllegalArgumentException when the page does not exist, in a sentence
     * @throws UncheckedIOException when the bytes cannot be read as a PDF
     */
    public static Pixels page(byte[] pdf, int pageIndex, float dpi) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("There is no typeset letter to preview.");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (pageIndex < 0 || pageIndex >= document.getNumberOfPages()) {
                throw new IllegalArgumentException("The letter has " + document.getNumberOfPages() + " pages; page "
                        + (pageIndex + 1) + " cannot be shown.");
            }
            return Srgb.render(document, pageIndex, Math.max(1, Math.min(dpi, MOST_DPI)));
        } catch (IOException e) {
            throw new UncheckedIOException("The letter's preview could not be drawn: " + e.getMessage(), e);
        }
    }
}
