package org.stocktake.assessments.service;

/**
 * A citation as the assessor reads it: "Progress report, 7 Dec 2015, p. 4", and whether its document is still in the
 * library to be opened.
 */
public record CitedEvidence(Citation citation, String label, boolean present) {

    public long itemId() {
        return citation.itemId();
    }

    /** The page to open the document at: the cited one, else the first. */
    public int page() {
        return citation.page() == null ? 1 : citation.page();
    }
}
