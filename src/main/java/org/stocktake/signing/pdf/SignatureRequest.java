package org.stocktake.signing.pdf;

import java.net.URI;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What to sign with and how.
 *
 * @param chain the signer's certificate first, then any that issued it
 * @param field the name of the empty signature field to sign, or null for the first unsigned one (a new field when
 *     there is none)
 * @param image a picture of the handwritten signature as PNG bytes, or null
 * @param reason why the document is signed, or null
 * @param timestampAuthority an RFC 3161 time-stamp authority's address, or null for none
 * @param time the signing time written into the signature
 * @param crls revocation lists the signer holds, added with the chain to the document security store
 */
public record SignatureRequest(
        PrivateKey key,
        List<X509Certificate> chain,
        String field,
        byte[] image,
        String reason,
        URI timestampAuthority,
        Instant time,
        List<X509CRL> crls) {

    public SignatureRequest {
        if (key == null || chain == null || chain.isEmpty() || time == null) {
            throw new IllegalArgumentException("A signature needs a key, its certificate and a time");
        }
        chain = List.copyOf(chain);
        field = field == null || field.isBlank() ? null : field.strip();
        image = image == null ? null : image.clone();
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        crls = crls == null ? List.of() : List.copyOf(crls);
    }

    /** A request carrying no revocation list. */
    public SignatureRequest(
            PrivateKey key,
            List<X509Certificate> chain,
            String field,
            byte[] image,
            String reason,
            URI timestampAuthority,
            Instant time) {
        this(key, chain, field, image, reason, timestampAuthority, time, List.of());
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
