package org.stocktake.signing.pdf;

/** Whether anyone the workspace trusts vouches for the signer's certificate. */
public enum Trust {
    /** Its chain reaches a certificate on the workspace's trust list. */
    TRUSTED("trusted"),
    /** Its chain ends at a certificate the trust list does not hold, or breaks off before any root. */
    NOT_TRUSTED("not trusted"),
    /** It vouches only for itself, and is not on the trust list. */
    SELF_SIGNED("self-signed"),
    /** The signature holds no certificate to judge. */
    UNKNOWN("unknown");

    private final String label;

    Trust(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
