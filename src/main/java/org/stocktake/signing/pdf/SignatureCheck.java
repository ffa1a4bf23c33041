package org.stocktake.signing.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
 * @param certificateValidity whether every certificate of the chain, up to the trusted one, was in force at the
 *     signing time
 * @param selfSigned the certificate vouches only for itself
 * @param timestamped the signature carries a time-stamp over its value
 * @param problem what went wrong reading or checking it, one sentence, or null
 * @param trust whether the chain reaches a certificate on the workspace's trust list
 * @param root the certificate the chain ends at (the trusted one when trusted), by common name; or, when the chain
 *     breaks off, the issuer that could not be found; null without a certificate
 * @param rootFound whether the chain was followed to a certificate vouching for itself or a trusted one, rather than
 *     breaking off at an issuer not found
 * @param revocation what the revocation data carried in the PDF says
 * @param revokedAt when the certificate was revoked, or null
 * @param revocationSource "CRL" or "OCSP" when revocation was checked, else null
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
        String problem,
        Trust trust,
        String root,
        boolean rootFound,
        Revocation revocation,
        Instant revokedAt,
        String revocationSource) {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    /**
     * The document is intact as signed: integrity, coverage, no other changes since, a certificate in force, and none
     * revoked. Trust is told apart ({@link #trust}): a letter signed with a self-signed certificate still holds.
     */
    public boolean holds() {
        return problem == null
                && digestMatches
                && signatureVerifies
                && coversWholeRevision
                && changesAfter != ChangesAfter.OTHER_CHANGES
                && certificateValidity == CertificateValidity.VALID
                && revocation != Revocation.REVOKED;
    }

    /**
     * The one thing to say of the certificate, worst first: revoked, out of force at the signing time, self-signed,
     * not trusted (naming the root, or the issuer missing), or trusted (naming the certificate on the list it reaches).
     */
    public String certificateStatus() {
        if (revocation == Revocation.REVOKED) {
            return "revoked" + (revokedAt == null ? "" : " on " + DAY.format(revokedAt))
                    + (revocationSource == null ? "" : " (" + revocationSource + ")");
        }
        if (certificateValidity == CertificateValidity.EXPIRED) {
            return "expired at the signing time";
        }
        if (certificateValidity == CertificateValidity.NOT_YET_VALID) {
            return "not yet valid at the signing time";
        }
        return switch (trust) {
            case SELF_SIGNED -> "self-signed: nobody vouches for it";
            case NOT_TRUSTED ->
                root == null
                        ? "not trusted"
                        : rootFound
                                ? "not trusted (root: " + root + ")"
                                : "not trusted (issuer " + root + " not found)";
            case TRUSTED -> "trusted (root: " + root + ")";
            case UNKNOWN -> "unknown: the signature holds no certificate";
        };
    }

    /** Whether revocation was checked, in words; not checked is said plainly and is no failure. */
    public String revocationStatus() {
        return switch (revocation) {
            case REVOKED -> "revoked";
            case NOT_REVOKED -> "not revoked (" + revocationSource + " in the PDF)";
            case NOT_CHECKED -> "not checked: the PDF carries no CRL or OCSP answer for it";
        };
    }
}
