package org.stocktake.evidence.search;

/** A reader's note on a page: the words it quotes from the page and what the reader wrote. */
public record IndexedAnnotation(long annotationId, int page, String quote, String note, String author) {
    public IndexedAnnotation {
        quote = quote == null ? "" : quote;
        note = note == null ? "" : note;
    }
}
