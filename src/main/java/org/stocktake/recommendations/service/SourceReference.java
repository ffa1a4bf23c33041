package org.stocktake.recommendations.service;

/** Where a recommendation's text comes from: a document and, when known, its page. */
public record SourceReference(String document, Integer page) {

    public static final SourceReference NONE = new SourceReference(null, null);

    public boolean isKnown() {
        return (document != null && !document.isBlank()) || page != null;
    }

    /** e.g. "The way forward, p. 12" or "p. 12". */
    public String describe() {
        String doc = document == null || document.isBlank() ? "" : document;
        if (page == null) {
            return doc;
        }
        return doc.isEmpty() ? "p. " + page : doc + ", p. " + page;
    }
}
