package org.stocktake.signing.pdf;

/** Lets tests elsewhere damage a signed file the way {@link PdfVerifierTest} does. */
public final class PdfVerifierTestAccess {

    private PdfVerifierTestAccess() {}

    public static byte[] tampered(byte[] signed) {
        return PdfVerifierTest.tampered(signed);
    }
}
