package org.stocktake.letters.document;

/** How a stretch of text is set. */
public enum RunStyle {
    PLAIN,
    ITALIC,
    BOLD
}
