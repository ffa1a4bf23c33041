package org.stocktake.evidence.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.Word;

/**
 * Takes the words as the text stripper finds them, each with its glyphs' positions, and builds the page's text
 * with one box per character (none for the separators it adds).
 */
final class WordCollector extends PDFTextStripper {
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
    WordCollector(int rotation, float width, float height) {
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
                word = word == null ? box : PdfWordBoxes.union(word, box);
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

    String text() {
        return text.toString();
    }

    List<Word> words() {
        return words;
    }

    List<Box> characters() {
        return characters;
    }

    private void separator(char c) {
        text.append(c);
        characters.add(null);
    }
}
