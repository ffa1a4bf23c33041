package org.stocktake.app.cli;

/**
 * Text from the workspace made safe to print on a terminal. A title can hold anything an import file held, and an
 * escape sequence or a bidirectional override printed raw would recolour, retitle or reorder what the user sees; so
 * every character that controls rather than shows is printed as a visible escape instead ({@code \e}, {@code \n},
 * {@code \u202e}).
 */
final class TerminalText {

    private TerminalText() {}

    static String escape(String text) {
        return escape(text, false);
    }

    /** As {@link #escape(String)}, but line breaks and tabs are kept as they are: for page text printed whole. */
    static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = keepLines && (c == '\n' || c == '\t') ? null : escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\u001b':
                return "\\e";
            default:
                return isControl(c) ? String.format("\\u%04x", (int) c) : null;
        }
    }

    /** C0 and C1 controls, DEL, the bidirectional marks, embeddings, overrides and isolates, and line separators. */
    private static boolean isControl(char c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == '\u061c'
                || c == '\u200e'
                || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028'
                || c == '\u2029';
    }
}
