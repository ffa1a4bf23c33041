package org.stocktake.signing.pdf;

/** What the revocation data carried in the PDF says of the signer's certificate. */
public enum Revocation {
    /** A CRL or OCSP response from its issuer, carried in the PDF, does not list it as revoked. */
    NOT_REVOKED("not revoked"),
    /** A CRL or OCSP response from its issuer says it was revoked. */
    REVOKED("revoked"),
    /**
     * No revocation data for it is in the PDF and nothing is fetched: Stocktake works offline. Not a failure, only
     * a question left open.
     */
    NOT_CHECKED("not checked");

    private final String label;

    Revocation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
