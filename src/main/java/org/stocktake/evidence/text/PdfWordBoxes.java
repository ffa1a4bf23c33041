package org.stocktake.evidence.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.stocktake.shared.task.Progress;

/**
 * Where the words of a PDF's pages are drawn, so words found in a page's text can be marked on its picture. Each page
 * gives its words in reading order with their boxes in page units (points from the page's top-left corner, as it is
 * drawn), and a text made of those words in which a stretch of characters can be turned back into boxes. It reads
 * one page at a time and is not for several threads at once.
 */
public final class PdfWordBoxes implements WordBoxes {

    /** A rectangle on the page, in points from its top-left corner. */
    public record Box(float x, float y, float width, float height) {}

    /** A word as drawn, and where its text starts in the page's text. */
    public record Word(String text, int start, Box box) {}

    /**
     * One page's words. {@code text} is the words in reading order, a space between words and a line break between
     * lines, so it can be searched like the page's extracted text.
     */
    public record PageWords(float width, float height, String text, List<Word> words, List<Box> characters) {

        public PageWords {
            words = List.copyOf(words);
            // A separator has no box: null, so the list lines up with the text.
            characters = java.util.Collections.unmodifiableList(new ArrayList<>(characters));
        }

        /**
         * The boxes covering characters {@code [start, end)} of the page's text: one per line the stretch runs over,
         * so a phrase broken across lines is marked on each. Separators between words are covered within a line.
         */
        public List<Box> boxes(int start, int end) {
            List<Box> found = new ArrayList<>();
            Box line = null;
            Box previous = null;
            for (int i = Math.max(0, start); i < Math.min(end, characters.size()); i++) {
                Box c = characters.get(i);
                if (c == null) {
                    continue;
                }
                if (line != null && (sameRow(line, c) || sameColumn(previous, c))) {
                    line = union(line, c);
                } else {
                    if (line != null) {
                        found.add(line);
                    }
                    line = c;
                }
                previous = c;
            }
            if (line != null) {
                found.add(line);
            }
            return found;
        }

        private static boolean sameRow(Box line, Box c) {
            return Math.abs(line.y() - c.y()) < line.height() / 2;
        }

        /** Text that runs down or up the drawn page (a page turned, its text not): each letter below the last. */
        private static boolean sameColumn(Box previous, Box c) {
            return previous != null
                    && Math.abs(previous.x() - c.x()) < c.width() / 2
                    && Math.abs(previous.y() - c.y()) < Math.max(previous.height(), c.height()) * 1.5f;
        }
    }

    private final PDDocument document;
    private final String fileName;
    private final Ocr ocr;

    private PdfWordBoxes(PDDocument document, String fileName, Ocr ocr) {
        this.document = document;
        this.fileName = fileName;
        this.ocr = ocr;
    }

    /**
     * Opens the PDF read from {@code content}; the words of its scanned pages are found by the recogniser on the
     * PATH, as their text was.
     *
     * @throws UnreadableFileException if it is not a PDF that can be read
     */
    public static PdfWordBoxes open(InputStream content, String fileName) {
        return open(content, fileName, Ocr.onPath());
    }

    /** As {@link #open(InputStream, String)}, the words of scanned pages found by {@code ocr}. */
    static PdfWordBoxes open(InputStream content, String fileName, Ocr ocr) {
        try {
            return new PdfWordBoxes(Loader.loadPDF(new RandomAccessReadBuffer(content)), fileName, ocr);
        } catch (IOException e) {
            throw new UnreadableFileException("'" + fileName + "' cannot be read for its words: " + e.getMessage());
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    @Override
    public List<Box> sizes() {
        List<Box> sizes = new ArrayList<>();
        for (PDPage each : document.getPages()) {
            PDRectangle crop = each.getCropBox();
            boolean turned = each.getRotation() % 180 != 0;
            sizes.add(new Box(
                    0, 0, turned ? crop.getHeight() : crop.getWidth(), turned ? crop.getWidth() : crop.getHeight()));
        }
        return sizes;
    }

    /**
     * The words of page {@code page} (from 1); a page of pictures only has none.
     *
     * @throws UnreadableFileException if the page is not there or cannot be read
     */
    public PageWords page(int page) {
        return page(page, Progress.NONE);
    }

    @Override
    public PageWords page(int page, Progress progress) {
        if (page < 1 || page > count()) {
            throw new UnreadableFileException("'" + fileName + "' has no page " + page + ".");
        }
        PDPage pdfPage = document.getPage(page - 1);
        PDRectangle crop = pdfPage.getCropBox();
        boolean turned = pdfPage.getRotation() % 180 != 0;
        WordCollector collector = new WordCollector(pdfPage.getRotation(), crop.getWidth(), crop.getHeight());
        try {
            collector.setSortByPosition(true);
            collector.setStartPage(page);
            collector.setEndPage(page);
            collector.writeText(document, new StringWriter());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(
                    "The words of page " + page + " of '" + fileName + "' cannot be read: " + e.getMessage());
        }
        float width = turned ? crop.getHeight() : crop.getWidth();
        float height = turned ? crop.getWidth() : crop.getHeight();
        String text = collector.text();
        try {
            if (PdfText.isScanned(text, pdfPage) && ocr.available()) {
                progress.message("Reading the words of scanned page " + page + " by OCR");
                return recognised(page, width, height, progress);
            }
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(
                    "The words of page " + page + " of '" + fileName + "' cannot be read: " + e.getMessage());
        }
        return new PageWords(width, height, text, collector.words(), collector.characters());
    }

    /**
     * A scanned page's words, as the recogniser finds them in the page drawn as it was for its text (turned as the
     * page is drawn, so the boxes need no turning).
     */
    private PageWords recognised(int page, float width, float height, Progress progress) throws IOException {
        byte[] png = PageImages.greyPng(document, page - 1);
        int pixelsAcross = pngWidth(png);
        String table = ocr.wordTable(png, progress);
        return OcrWords.of(table, width, height, pixelsAcross > 0 ? width / pixelsAcross : 72f / 300);
    }

    @Override
    public boolean wantsRecognition() {
        // A PDF's pages mostly have text of their own; a scanned one without recognition shows no marks.
        return false;
    }

    /** The width in pixels a PNG's header gives. */
    static int pngWidth(byte[] png) {
        return png.length < 24
                ? 0
                : ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8) | (png[19] & 0xff);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // Nothing was written; the document is only let go.
        }
    }

    static Box union(Box a, Box b) {
        float left = Math.min(a.x(), b.x());
        float top = Math.min(a.y(), b.y());
        float right = Math.max(a.x() + a.width(), b.x() + b.width());
        float bottom = Math.max(a.y() + a.height(), b.y() + b.height());
        return new Box(left, top, right - left, bottom - top);
    }
}
