package org.stocktake.signing.pdf;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The signer's certificate judged offline: the chain built from the certificates at hand (the signature's, the PDF's
 * store and the trust list), whether it reaches a certificate on the trust list, whether every certificate on it was
 * in force at the signing time, and what the CRLs and OCSP responses carried in the PDF say of revocation.
 *
 * @param path the signer's certificate first, then each issuer found
 * @param root who the chain ends at: the trusted certificate reached, else the last certificate found (or the
 *     issuer missing after it, when {@code complete} is false)
 * @param complete whether the chain ends at a certificate that vouches for itself or a trusted one
 * @param revokedAt when the revoked certificate was revoked, or null
 * @param revocationSource "CRL" or "OCSP" when revocation was checked, else null
 */
record ChainJudgement(
        List<X509Certificate> path,
        Trust trust,
        String root,
        boolean complete,
        CertificateValidity validity,
        Revocation revocation,
        Instant revokedAt,
        String revocationSource) {

    /** Chains longer than this are not real; the cap stops a loop of cross-signed certificates. */
    private static final int LONGEST = 10;

    static final ChainJudgement NONE = new ChainJudgement(
            List.of(), Trust.UNKNOWN, null, false, CertificateValidity.UNKNOWN, Revocation.NOT_CHECKED, null, null);

    /**
     * @param time the signing time, or null when the signature gives none
     * @param timeIsStamped whether {@code time} comes from a time-stamp rather than the signer's own claim: only then
     *     does a revocation after it leave the signature standing
     */
    static ChainJudgement of(
            X509Certificate signer,
            Collection<X509Certificate> carried,
            List<X509Certificate> trusted,
            ValidationData revocationData,
            Instant time,
            boolean timeIsStamped) {
        List<X509Certificate> path = path(signer, carried, trusted);
        int anchor = anchorIndex(path, trusted);
        Trust trust;
        List<X509Certificate> judged;
        X509Certificate top = path.get(path.size() - 1);
        boolean complete = anchor >= 0 || Certificates.isSelfSigned(top);
        String root;
        if (anchor >= 0) {
            trust = Trust.TRUSTED;
            judged = path.subList(0, anchor + 1);
            root = Certificates.holderName(path.get(anchor));
        } else {
            trust = path.size() == 1 && Certificates.isSelfSigned(signer) ? Trust.SELF_SIGNED : Trust.NOT_TRUSTED;
            judged = path;
            root = complete ? Certificates.holderName(top) : Certificates.issuerName(top);
        }
        CertificateValidity validity = validity(judged, time);
        Revocation revocation = Revocation.NOT_CHECKED;
        String source = null;
        for (int i = 0; i + 1 < path.size() && i < judged.size(); i++) {
            Status status = status(path.get(i), path.get(i + 1), revocationData);
            if (status == null) {
                continue;
            }
            boolean revokedBefore = status.revokedAt() != null
                    && !(timeIsStamped && time != null && status.revokedAt().isAfter(time));
            if (revokedBefore) {
                return new ChainJudgement(
                        path, trust, root, complete, validity, Revocation.REVOKED, status.revokedAt(), status.source());
            }
            if (i == 0) {
                revocation = Revocation.NOT_REVOKED;
                source = status.source();
            }
        }
        return new ChainJudgement(path, trust, root, complete, validity, revocation, null, source);
    }

    private static List<X509Certificate> path(
            X509Certificate signer, Collection<X509Certificate> carried, List<X509Certificate> trusted) {
        List<X509Certificate> candidates = new ArrayList<>(trusted);
        candidates.addAll(carried);
        List<X509Certificate> path = new ArrayList<>(List.of(signer));
        X509Certificate current = signer;
        while (path.size() < LONGEST && !Certificates.isSelfSigned(current) && anchorIndex(path, trusted) < 0) {
            X509Certificate issuer = issuerOf(current, candidates);
            if (issuer == null || path.contains(issuer)) {
                break;
            }
            path.add(issuer);
            current = issuer;
        }
        return path;
    }

    private static X509Certificate issuerOf(X509Certificate certificate, List<X509Certificate> candidates) {
        for (X509Certificate candidate : candidates) {
            if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                    && signedBy(certificate, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The first certificate of the path that is on the trust list, compared byte for byte; -1 when none is. */
    private static int anchorIndex(List<X509Certificate> path, List<X509Certificate> trusted) {
        for (int i = 0; i < path.size(); i++) {
            byte[] encoded = encoded(path.get(i));
            if (trusted.stream().anyMatch(t -> Arrays.equals(encoded(t), encoded))) {
                return i;
            }
        }
        return -1;
    }

    private static CertificateValidity validity(List<X509Certificate> judged, Instant time) {
        if (time == null) {
            return CertificateValidity.UNKNOWN;
        }
        for (X509Certificate certificate : judged) {
            try {
                certificate.checkValidity(Date.from(time));
            } catch (CertificateExpiredException e) {
                return CertificateValidity.EXPIRED;
            } catch (CertificateNotYetValidException e) {
                return CertificateValidity.NOT_YET_VALID;
            }
        }
        return CertificateValidity.VALID;
    }

    /** What the data says of one certificate, from its issuer; null when nothing from that issuer speaks of it. */
    private record Status(Instant revokedAt, String source) {}

    private static Status status(X509Certificate certificate, X509Certificate issuer, ValidationData data) {
        Status found = null;
        for (X509CRL crl : data.crls()) {
            if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())
                    || !crlSignedBy(crl, issuer)) {
                continue;
            }
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null) {
                return new Status(entry.getRevocationDate().toInstant(), "CRL");
            }
            found = new Status(null, "CRL");
        }
        for (BasicOCSPResp response : data.ocsps()) {
            Status status = ocspStatus(certificate, issuer, response);
            if (status != null && status.revokedAt() != null) {
                return status;
            }
            if (status != null && found == null) {
                found = status;
            }
        }
        return found;
    }

    private static boolean crlSignedBy(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static Status ocspStatus(X509Certificate certificate, X509Certificate issuer, BasicOCSPResp response) {
        try {
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            if (!ocspSignedByIssuer(response, issuerHolder)) {
                return null;
            }
            for (SingleResp single : response.getResponses()) {
                boolean aboutThis = single.getCertID().getSerialNumber().equals(certificate.getSerialNumber())
                        && single.getCertID()
                                .matchesIssuer(issuerHolder, new JcaDigestCalculatorProviderBuilder().build());
                if (!aboutThis) {
                    continue;
                }
                CertificateStatus status = single.getCertStatus();
                if (status == CertificateStatus.GOOD) {
                    return new Status(null, "OCSP");
                }
                if (status instanceof RevokedStatus revoked) {
                    return new Status(revoked.getRevocationTime().toInstant(), "OCSP");
                }
            }
            return null;
        } catch (OperatorCreationException | OCSPException | CertificateException | RuntimeException e) {
            return null;
        }
    }

    /** Signed by the issuer itself, or by a responder the issuer certified. */
    private static boolean ocspSignedByIssuer(BasicOCSPResp response, X509CertificateHolder issuer) {
        if (verifies(response, issuer)) {
            return true;
        }
        for (X509CertificateHolder responder : response.getCerts()) {
            if (responder.getIssuer().equals(issuer.getSubject())
                    && certifiedBy(responder, issuer)
                    && verifies(response, responder)) {
                return true;
            }
        }
        return false;
    }

    private static boolean verifies(BasicOCSPResp response, X509CertificateHolder by) {
        try {
            return response.isSignatureValid(new JcaContentVerifierProviderBuilder().build(by));
        } catch (OperatorCreationException | OCSPException | CertificateException | RuntimeException e) {
            return false;
        }
    }

    private static boolean certifiedBy(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        try {
            return certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer));
        } catch (OperatorCreationException | CertException | CertificateException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            return new byte[0];
        }
    }
}
