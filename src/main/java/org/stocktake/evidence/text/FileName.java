package org.stocktake.evidence.text;

import java.util.Locale;

/** A file's name as the user gave it: how it stands in a sentence, and its extension. */
final class FileName {

    private static final int LONGEST_SHOWN = 80;

    private FileName() {}

    /**
     * The name in quotes, fit for one line of a message: control characters (a newline in a hostile name) become
     * spaces and a very long name is cut short. A missing name reads "The file".
     */
    static String quoted(String fileName) {
        String shown = shown(fileName);
        return shown.isEmpty() ? "The file" : "'" + shown + "'";
    }

    private static String shown(String fileName) {
        if (fileName == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(Math.min(fileName.length(), LONGEST_SHOWN + 1));
        fileName.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c)
                .forEach(clean::appendCodePoint);
        String trimmed = clean.toString().strip();
        if (trimmed.codePointCount(0, trimmed.length()) > LONGEST_SHOWN) {
            return trimmed.substring(0, trimmed.offsetByCodePoints(0, LONGEST_SHOWN - 1)) + "…";
        }
        return trimmed;
    }

    /** The lower-case extension without its dot, or "" when the name has none ("notes", ".profile", "a."). */
    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String last = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .strip();
        int dot = last.lastIndexOf('.');
        if (dot <= 0 || dot == last.length() - 1) {
            return "";
        }
        return last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
