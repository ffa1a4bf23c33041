package org.stocktake.evidence.service;

/** How far the library has the text of a document. */
public enum TextStatus {
    /** Every page was read. */
    EXTRACTED("text"),
    /** Some pages are images and no OCR is available yet; they are read once it is. */
    AWAITING_OCR("no text yet"),
    /** The document holds no words to read. */
    NO_TEXT("no text");

    private final String label;

    TextStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
