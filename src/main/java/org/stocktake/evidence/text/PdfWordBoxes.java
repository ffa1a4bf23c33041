package org.stocktake.evidence.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Where the words of a PDF's pages are drawn, so words found in a page's text can be marked on its picture. Each page
 * gives its words in reading order with their boxes in page units (points from the page's top-left corner, as it is
 * drawn), and a text made of those words in which a stretch of characters can be turned back into boxes. It reads
 * one page at a time and is not for several threads at once.
 */
public final class PdfWordBoxes implements AutoCloseable {

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

    private PdfWordBoxes(PDDocument document, String fileName) {
        this.document = document;
        this.fileName = fileName;
    }

    /**
     * Opens the PDF read from {@code content}.
     *
     * @throws UnreadableFileException if it is not a PDF that can be read
     */
    public static PdfWordBoxes open(InputStream content, String fileName) {
        try {
            return new PdfWordBoxes(Loader.loadPDF(new RandomAccessReadBuffer(content)), fileName);
        } catch (IOException e) {
            throw new UnreadableFileException("'" + fileName + "' cannot be read for its words: " + e.getMessage());
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Each page's size as drawn, in points, in page order: read without reading any page's content. */
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
        if (page < 1 || page > count()) {
            throw new UnreadableFileException("'" + fileName + "' has no page " + page + ".");
        }
        PDPage pdfPage = document.getPage(page - 1);
        PDRectangle crop = pdfPage.getCropBox();
        boolean turned = pdfPage.getRotation() % 180 != 0;
        Collector collector = new Collector(pdfPage.getRotation(), crop.getWidth(), crop.getHeight());
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
        return new PageWords(width, height, collector.text.toString(), collector.words, collector.characters);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // Nothing was written; the document is only let go.
        }
    }

    private static Box union(Box a, Box b) {
        float left = Math.min(a.x(), b.x());
        float top = Math.min(a.y(), b.y());
        float right = Math.max(a.x() + a.width(), b.x() + b.width());
        float bottom = Math.max(a.y() + a.height(), b.y() + b.height());
        return new Box(left, top, right - left, bottom - top);
    }

    /**
     * Takes the words as the text stripper finds them, each with its glyphs' positions, and builds the page's text
     * with one box per character (none for the separators it adds).
     */
    private static final class Collector extends PDFTextStripper {
        private final int rotation;
        private final float pageWidth;
        private final float pageHeight;
        private final StringBuilder text = new StringBuilder();
        private final List<Word> words = new ArrayList<>();
        private final List<Box> characters = new ArrayList<>();
        /** Whether the line has a word yet, and whether a space is owed before the next one. */
        private boolean lineStarted;

        private boolean spaceOwed;
        private int wordStart = -1;
        private Box word;

        /** For a page turned by {@code rotation} degrees as it is drawn, its crop box {@code width} by {@code height}. */
        Collector(int rotation, float width, float height) {
            this.rotation = Math.floorMod(rotation, 360);
            this.pageWidth = width;
            this.pageHeight = height;
        }

        @Override
        protected void writeString(String ignored, List<TextPosition> positions) {
            // A stripper's word may hold space glyphs the PDF drew: they part words here too.
            spaceOwed = lineStarted;
            for (TextPosition glyph : positions) {
                // A ligature or compatibility form reads as the letters a person types, so typed words find it.
                String letters = Normalizer.normalize(glyph.getUnicode(), Normalizer.Form.NFKC);
                if (letters.isBlank()) {
                    endWord();
                    spaceOwed = lineStarted;
                    continue;
                }
                if (spaceOwed) {
                    separator(' ');
                    spaceOwed = false;
                }
                lineStarted = true;
                if (wordStart < 0) {
                    wordStart = text.length();
                }
                // Negative when the text is set turned half round: its size is the same.
                float inPoints = Math.abs(glyph.getFontSizeInPt());
                float size = inPoints > 0 ? inPoints : glyph.getHeightDir();
                float height = Math.max(size, glyph.getHeightDir());
                float each = glyph.getWidthDirAdj() / letters.length();
                for (int i = 0; i < letters.length(); i++) {
                    Box box = drawn(glyph.getTextMatrix(), i * each, each, height);
                    text.append(letters.charAt(i));
                    characters.add(box);
                    word = word == null ? box : union(word, box);
                }
            }
            endWord();
        }

        /**
         * The box, on the page as drawn, of a letter {@code from} to {@code from + width} along the glyph's baseline,
         * {@code height} tall: its corners taken from the glyph's own direction in the page's space (the crop box's
         * lower left at the origin), then turned as the page is turned to be drawn.
         */
        private Box drawn(Matrix glyph, float from, float width, float height) {
            float a = glyph.getScaleX();
            float b = glyph.getShearY();
            float c = glyph.getShearX();
            float d = glyph.getScaleY();
            float along = (float) Math.hypot(a, b);
            float up = (float) Math.hypot(c, d);
            float ax = along == 0 ? 1 : a / along;
            float ay = along == 0 ? 0 : b / along;
            float ux = up == 0 ? 0 : c / up;
            float uy = up == 0 ? 1 : d / up;
            float x0 = glyph.getTranslateX() + ax * from;
            float y0 = glyph.getTranslateY() + ay * from;
            float left = Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (float across : new float[] {0, width}) {
                // A fifth of the height below the baseline, the rest above it: descenders and capitals both covered.
                for (float rise : new float[] {-0.2f * height, 0.8f * height}) {
                    float[] point = turned(x0 + ax * across + ux * rise, y0 + ay * across + uy * rise);
                    left = Math.min(left, point[0]);
                    right = Math.max(right, point[0]);
                    top = Math.min(top, point[1]);
                    bottom = Math.max(bottom, point[1]);
                }
            }
            return new Box(left, top, right - left, bottom - top);
        }

        /** A point of the page's space as drawn: from its top-left corner, down, after the page's turn (clockwise). */
        private float[] turned(float x, float y) {
            float down = pageHeight - y;
            return switch (rotation) {
                case 90 -> new float[] {pageHeight - down, x};
                case 180 -> new float[] {pageWidth - x, y};
                case 270 -> new float[] {down, pageWidth - x};
                default -> new float[] {x, down};
            };
        }

        private void endWord() {
            if (wordStart >= 0) {
                words.add(new Word(text.substring(wordStart), wordStart, word));
            }
            wordStart = -1;
            word = null;
        }

        @Override
        protected void writeLineSeparator() {
            if (lineStarted) {
                separator('\n');
            }
            lineStarted = false;
        }

        @Override
        protected void writeWordSeparator() {
            // writeString puts a space before the next word itself, so a word that turns out blank leaves none.
        }

        private void separator(char c) {
            text.append(c);
            characters.add(null);
        }
    }
}
