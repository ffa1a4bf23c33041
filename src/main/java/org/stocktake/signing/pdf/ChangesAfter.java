package org.stocktake.signing.pdf;

/** What became of a document after a signature was made. */
public enum ChangesAfter {
    /** The signature covers the whole file. */
    NONE("none"),
    /** Later revisions only add signatures, as when the next signatory signs. */
    SIGNATURES_ADDED("signatures added"),
    /**
     * Later revisions only add validation data (certificates, CRLs, OCSP answers) to the document security store, as
     * Stocktake does after each signature for long-term validation.
     */
    VALIDATION_DATA_ADDED("validation data added"),
    /** Later revisions change something else: what was signed is no longer what is shown. */
    OTHER_CHANGES("other changes");

    private final String label;

    ChangesAfter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
