package org.stocktake.evidence.text;

import java.util.ArrayList;
import java.util.List;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;
import org.stocktake.evidence.text.PdfWordBoxes.Word;

/**
 * The words the recogniser found in a page's picture, as a page's words: their boxes turned from the picture's pixels
 * into page units, each letter given an equal share of its word's width (the recogniser gives no letter boxes).
 */
final class OcrWords {

    /** The columns of the recogniser's table that matter here. */
    private static final int LEVEL = 0;

    private static final int BLOCK = 2;
    private static final int PARAGRAPH = 3;
    private static final int LINE = 4;
    private static final int LEFT = 6;
    private static final int TOP = 7;
    private static final int WIDTH = 8;
    private static final int HEIGHT = 9;
    private static final int TEXT = 11;
    private static final String WORD_LEVEL = "5";

    private OcrWords() {}

    /**
     * The page's words from the recogniser's table, on a page {@code width} by {@code height} points whose picture
     * has {@code pointsPerPixel}.
     */
    static PageWords of(String table, float width, float height, float pointsPerPixel) {
        StringBuilder text = new StringBuilder();
        List<Word> words = new ArrayList<>();
        List<Box> characters = new ArrayList<>();
        String line = null;
        for (String row : table.split("\n")) {
            String[] cells = row.split("\t", -1);
            if (cells.length <= TEXT || !WORD_LEVEL.equals(cells[LEVEL]) || cells[TEXT].isBlank()) {
                continue;
            }
            String word = cells[TEXT].strip();
            Box box;
            try {
                box = new Box(
                        Integer.parseInt(cells[LEFT]) * pointsPerPixel,
                        Integer.parseInt(cells[TOP]) * pointsPerPixel,
                        Integer.parseInt(cells[WIDTH]) * pointsPerPixel,
                        Integer.parseInt(cells[HEIGHT]) * pointsPerPixel);
            } catch (NumberFormatException e) {
                continue;
            }
            String at = cells[BLOCK] + "/" + cells[PARAGRAPH] + "/" + cells[LINE];
            if (line != null) {
                text.append(at.equals(line) ? ' ' : '\n');
                characters.add(null);
            }
            line = at;
            words.add(new Word(word, text.length(), box));
            float each = box.width() / word.length();
            for (int i = 0; i < word.length(); i++) {
                text.append(word.charAt(i));
                characters.add(new Box(box.x() + i * each, box.y(), each, box.height()));
            }
        }
        return new PageWords(width, height, text.toString(), words, characters);
    }
}
