package org.stocktake.signing.pdf;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** What a signature shows of a certificate: whose it is, and whether it vouches only for itself. */
public final class Certificates {

    private Certificates() {}

    /** The subject's common name (CN), else the whole subject. */
    public static String holderName(X509Certificate certificate) {
        return commonName(
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
    }

    /** The issuer's common name (CN), else the whole issuer name. */
    public static String issuerName(X509Certificate certificate) {
        return commonName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()));
    }

    private static String commonName(X500Name subject) {
        RDN[] names = subject.getRDNs(BCStyle.CN);
        if (names.length == 0) {
            return subject.toString();
        }
        return IETFUtils.valueToString(names[0].getFirst().getValue());
    }

    /** Issued by its own subject and signed with its own key: nobody else vouches for who holds it. */
    public static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
