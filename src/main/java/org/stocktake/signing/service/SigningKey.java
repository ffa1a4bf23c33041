package org.stocktake.signing.service;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.stocktake.signing.pdf.Certificates;

/**
 * A private key one may sign with, and its certificate chain (the signer's own certificate first).
 *
 * @param alias the name of the key in its keystore
 */
public record SigningKey(String alias, PrivateKey key, List<X509Certificate> chain) {

    public SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate's common name: who the signature will say signed. */
    public String holderName() {
        return Certificates.holderName(certificate());
    }

    public boolean selfSigned() {
        return Certificates.isSelfSigned(certificate());
    }

    @Override
    public String toString() {
        return "SigningKey[" + alias + ", " + holderName() + "]";
    }
}
