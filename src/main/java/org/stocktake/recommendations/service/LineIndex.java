package org.stocktake.recommendations.service;

import java.util.Arrays;

/** Maps a character offset in a text to its physical line, counting CR, LF and CR LF as one line break each. */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line holding the character at {@code offset}. */
    int lineAt(long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The line of the first character at or after {@code offset} that is not a line break. */
    int firstLineWithTextFrom(long offset) {
        int i = (int) Math.min(offset, text.length());
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return lineAt(i);
    }

    /** The offset at which 1-based {@code line} starts, or the text's length past the last line. */
    int startOf(long line) {
        return line >= 1 && line <= lineStarts.length ? lineStarts[(int) line - 1] : text.length();
    }
}
