package org.stocktake.letters.document;

/**
 * A stretch of text in one style, or a citation mark (then {@code text} is empty and {@code citation} names a
 * {@link Citation#key()}; the typesetter prints its number).
 */
public record Run(String text, RunStyle style, String citation) {
    public Run {
        text = text == null ? "" : text;
        style = style == null ? RunStyle.PLAIN : style;
    }

    public static Run plain(String text) {
        return new Run(text, RunStyle.PLAIN, null);
    }

    public static Run italic(String text) {
        return new Run(text, RunStyle.ITALIC, null);
    }

    public static Run bold(String text) {
        return new Run(text, RunStyle.BOLD, null);
    }

    public static Run cite(String citationKey) {
        return new Run("", RunStyle.PLAIN, citationKey);
    }

    public boolean isCitation() {
        return citation != null;
    }
}
