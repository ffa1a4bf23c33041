package org.stocktake.evidence.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A window of a page as one clean line: whitespace and line breaks become single spaces, control and invisible
 * formatting characters go, and an ellipsis shows where the page goes on. The highlights move with the text.
 */
final class SnippetText {
    private static final String MORE = "\u2026";

    private SnippetText() {}

    /** About {@link Snippets#WIDTH} characters from near {@code start}, cut at spaces, keeping the marks inside. */
    static Snippet cut(String text, int start, List<Highlight> marks) {
        int from = wordStart(text, start);
        int to = wordEnd(text, Math.min(text.length(), Math.max(from, start) + Snippets.WIDTH));
        StringBuilder line = new StringBuilder();
        int[] at = new int[to - from + 1];
        if (from > 0) {
            line.append(MORE).append(' ');
        }
        boolean space = true;
        for (int i = from; i < to; i++) {
            at[i - from] = line.length();
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                if (!space) {
                    line.append(' ');
                    space = true;
                }
            } else if (Character.getType(c) != Character.FORMAT) {
                line.append(c);
                space = false;
            }
        }
        at[to - from] = line.length();
        List<Highlight> highlights = new ArrayList<>();
        for (Highlight mark : marks) {
            if (mark.start() >= from && mark.end() <= to) {
                highlights.add(new Highlight(at[mark.start() - from], trimmedEnd(line, at[mark.end() - from])));
            }
        }
        if (to < text.length()) {
            trimEnd(line);
            line.append(' ').append(MORE);
        } else {
            trimEnd(line);
        }
        return new Snippet(line.toString(), highlights);
    }

    /** Back from {@code at} to the start of its word, unless that is far back (a very long word). */
    private static int wordStart(String text, int at) {
        int i = Math.min(at, text.length());
        while (i > 0 && at - i < 20 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i = at;
        }
        return Character.isLowSurrogate(charAt(text, i)) ? i - 1 : i;
    }

    /** Forward from {@code at} to the end of its word, unless that is far on. */
    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 20 && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i = at;
        }
        return Character.isLowSurrogate(charAt(text, i)) ? i + 1 : i;
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : ' ';
    }

    private static int trimmedEnd(StringBuilder line, int end) {
        int e = end;
        while (e > 0 && line.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    private static void trimEnd(StringBuilder line) {
        while (!line.isEmpty() && line.charAt(line.length() - 1) == ' ') {
            line.setLength(line.length() - 1);
        }
    }
}
