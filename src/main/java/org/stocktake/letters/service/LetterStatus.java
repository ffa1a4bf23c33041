package org.stocktake.letters.service;

/** A letter is drafted, then issued: signed, filed and never changed again. */
public enum LetterStatus {
    DRAFT("Draft"),
    ISSUED("Issued");

    private final String label;

    LetterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
