package org.stocktake.shared;

import java.text.Normalizer;

/**
 * What text may be stored, and how identifying text (numbers, theme names, review codes) is brought to one form.
 * Stored text is printed in terminals, exported and re-imported, so characters that would act on a terminal, break an
 * export or hide what a line says are refused rather than kept.
 */
public final class TextHygiene {

    private TextHygiene() {}

    /**
     * The first character that {@code text} may not hold and what to do about it, for a person (e.g. "a control
     * character (U+001B); remove it"), or null when all are fine. Tab and line breaks are allowed only in multi-line
     * text.
     */
    public static String firstRefused(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "a broken character (a lone surrogate, " + code(c) + "); remove it";
            } else if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (!multiLine) {
                    return "a line break (" + code(c) + "); keep it on one line";
                }
            } else if (c == '\t') {
                if (!multiLine) {
                    return "a tab (" + code(c) + "); use a space";
                }
            } else if (Character.getType(c) == Character.CONTROL) {
                // C0 and C1 controls and DEL: escape sequences that act on a terminal, and NUL, which no export keeps.
                return "a control character (" + code(c) + "); remove it";
            } else if (!multiLine && isDirectionControl(c)) {
                return "a text-direction control (" + code(c) + "); remove it";
            }
        }
        return null;
    }

    /**
     * Brings a number, theme name or review code to the one form under which it is stored and compared: compatibility
     * forms folded (NFKC: a full-width "５" is "5", a no-break space a space), invisible characters (zero-width
     * spaces and joiners, word joiner, soft hyphen, byte-order mark) removed, and surrounding white space trimmed.
     * Null or blank gives null. Text-direction controls are kept, so that they are refused rather than hidden.
     */
    public static String identifier(String value) {
        if (value == null) {
            return null;
        }
        String folded = Normalizer.normalize(value, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isInvisible(c)) {
                kept.append(c);
            }
        }
        return trimmed(kept.toString());
    }

    /** Surrounding white space removed; null when nothing is left. */
    public static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\u00AD' || c == '\uFEFF' || c == '\u180E';
    }

    // Embeddings, overrides and isolates: they reorder what is shown, so a title could read other than it is stored.
    private static boolean isDirectionControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
