package org.stocktake.signing.service;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.shared.ValidationException;

/** Certificate revocation lists a signer gives, read before anything is signed so a bad one stops nothing half-way. */
final class RevocationLists {

    private RevocationLists() {}

    /** @throws ValidationException if one is not a CRL (DER or PEM) */
    static List<X509CRL> read(List<byte[]> encoded) {
        List<X509CRL> crls = new ArrayList<>();
        for (byte[] bytes : encoded) {
            try {
                CRL crl = CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
                if (!(crl instanceof X509CRL x509)) {
                    throw new ValidationException("The revocation list given is not an X.509 CRL.");
                }
                crls.add(x509);
            } catch (GeneralSecurityException | RuntimeException e) {
                if (e instanceof ValidationException refusal) {
                    throw refusal;
                }
                throw new ValidationException("The revocation list given is not a CRL (DER or PEM) that can be read;"
                        + " give the .crl file your certificate authority publishes.");
            }
        }
        return crls;
    }
}
