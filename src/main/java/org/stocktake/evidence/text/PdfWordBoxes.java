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
            for (int i = Math.max(0, start); i < Math.min(end, characters.size()); i++) {
                Box c = characters.get(i);
                if (c == null) {
                    continue;
                }
                if (line != null && Math.abs(line.y() - c.y()) < line.height() / 2) {
                    line = union(line, c);
                } else {
                    if (line != null) {
                        found.add(line);
                    }
                    line = c;
                }
            }
            if (line != null) {
                found.add(line);
            }
            return found;
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
        Collector collector = new Collector();
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
        private final StringBuilder text = new StringBuilder();
        private final List<Word> words = new ArrayList<>();
        private final List<Box> characters = new ArrayList<>();
        /** Whether the line has a word yet, and whether a space is owed before the next one. */
        private boolean lineStarted;

        private boolean spaceOwed;
        private int wordStart = -1;
        private Box word;

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
                float size = glyph.getFontSizeInPt() > 0 ? glyph.getFontSizeInPt() : glyph.getHeightDir();
                float height = Math.max(size, glyph.getHeightDir());
                float top = glyph.getYDirAdj() - height * 0.8f;
                float each = glyph.getWidthDirAdj() / letters.length();
                for (int i = 0; i < letters.length(); i++) {
                    Box box = new Box(glyph.getXDirAdj() + i * each, top, each, height);
                    text.append(letters.charAt(i));
                    characters.add(box);
                    word = word == null ? box : union(word, box);
                }
            }
            endWord();
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
