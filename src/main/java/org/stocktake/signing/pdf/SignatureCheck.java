package org.stocktake.signing.pdf;

import java.time.Instant;

/**
 * What verification found of one signature.
 *
 * @param field the signature field's name
 * @param signer the common name of the signer's certificate, or null when the signature holds none
 * @param signingTime the time-stamp's time when there is one, else the time the signature claims; null when neither
 * @param subFilter the signature's kind, e.g. {@code ETSI.CAdES.detached}
 * @param digestMatches the digest of the signed bytes is the one the signature signed
 * @param signatureVerifies the signer's key made the signature
 * @param coversWholeRevision the byte range runs from the start of the file to the end of the revision it signed
 * @param changesAfter what later revisions of the file did
 * @param certificateValidity whether the certificate was in force at the signing time
 * @param selfSigned the certificate vouches only for itself
 * @param timestamped the signature carries a time-stamp over its value
 * @param problem what went wrong reading or checking it, one sentence, or null
 */
public record SignatureCheck(
        String field,
        String signer,
        Instant signingTime,
        String subFilter,
        boolean digestMatches,
        boolean signatureVerifies,
        boolean coversWholeRevision,
        ChangesAfter changesAfter,
        CertificateValidity certificateValidity,
        boolean selfSigned,
        boolean timestamped,
        String problem) {

    /** Nobody vouched for the signer: Stocktake keeps no list of trusted certificate authorities. */
    public boolean trustUnknown() {
        return true;
    }

    /** The document is intact as signed: integrity, coverage, no other changes since, and a certificate in force. */
    public boolean holds() {
        return problem == null
                && digestMatches
                && signatureVerifies
                && coversWholeRevision
                && changesAfter != ChangesAfter.OTHER_CHANGES
                && certificateValidity == CertificateValidity.VALID;
    }
}
