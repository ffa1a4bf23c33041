package org.stocktake.signing.pdf;

/** Whether the signer's certificate was in force when the document was signed. */
public enum CertificateValidity {
    VALID("valid"),
    EXPIRED("expired"),
    NOT_YET_VALID("not yet valid"),
    UNKNOWN("unknown");

    private final String label;

    CertificateValidity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
