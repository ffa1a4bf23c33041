package org.stocktake.evidence.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF opened to be looked at page by page: each page drawn as a PNG at the size asked. One renderer serves every
 * page, so fonts and images are read once; it is not for several threads at once.
 */
public final class PdfPages implements ShownPages {

    private static final Logger LOG = Logger.getLogger(PdfPages.class.getName());

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final String fileName;

    private PdfPages(PDDocument document, String fileName) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.fileName = fileName;
    }

    /**
     * Opens the PDF read from {@code content}.
     *
     * @throws UnreadableFileException if it is not a PDF that can be read
     */
    public static PdfPages open(InputStream content, String fileName) {
        try {
            return new PdfPages(Loader.loadPDF(new RandomAccessReadBuffer(content)), fileName);
        } catch (IOException e) {
            LOG.log(Level.INFO, "A PDF could not be opened to be shown", e);
            throw new UnreadableFileException(
                    "'" + fileName + "' cannot be shown as pages: it is damaged or not a PDF.");
        }
    }

    @Override
    public int count() {
        return document.getNumberOfPages();
    }

    @Override
    public byte[] png(int page, float dpi) {
        if (page < 1 || page > count()) {
            throw new UnreadableFileException("'" + fileName + "' has no page " + page + ".");
        }
        try {
            return PageImages.colourPng(renderer, document, page - 1, Math.max(MIN_DPI, Math.min(MAX_DPI, dpi)));
        } catch (IOException | RuntimeException e) {
            // One damaged page (its content or a font it uses): the others are still drawn.
            LOG.log(Level.INFO, "Page " + page + " of a PDF could not be drawn", e);
            throw new UnreadableFileException(
                    "Page " + page + " of '" + fileName + "' is damaged and cannot be drawn.");
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // Nothing was written; the document is only let go.
        }
    }
}
