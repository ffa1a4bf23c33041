package org.stocktake.signing.service;

import org.stocktake.shared.Actor;
import org.stocktake.signing.pdf.SigningOutcome;

/**
 * A signed PDF: the bytes of the document given followed by the signature's incremental update.
 *
 * @param signedBy who asked for the signature, for the caller's own record; the PDF names the key's holder
 */
public record SignedDocument(byte[] pdf, SigningOutcome outcome, String signer, Actor signedBy) {

    public SignedDocument {
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
