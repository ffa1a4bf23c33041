package org.stocktake.signing.service;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.stocktake.shared.ValidationException;

/**
 * How to sign, beyond the key.
 *
 * @param field the signature field to sign, or null for the first empty one (a new one when there is none)
 * @param image a picture of the handwritten signature as PNG bytes, or null
 * @param reason why the document is signed, or null
 * @param timestampAuthority the address of an RFC 3161 time-stamp authority, or null
 * @param crls certificate revocation lists the signer holds (DER or PEM), put in the PDF's document security store
 *     with the chain; none when empty
 */
public record SignOptions(String field, byte[] image, String reason, URI timestampAuthority, List<byte[]> crls) {

    public SignOptions(String field, byte[] image, String reason, URI timestampAuthority) {
        this(field, image, reason, timestampAuthority, List.of());
    }

    /** The same options with {@code picture} as the signature's picture. */
    public SignOptions withImage(byte[] picture) {
        return new SignOptions(field, picture, reason, timestampAuthority, crls);
    }

    public SignOptions {
        image = image == null ? null : image.clone();
        crls = crls == null ? List.of() : crls.stream().map(byte[]::clone).toList();
        if (timestampAuthority != null) {
            String scheme = String.valueOf(timestampAuthority.getScheme()).toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || timestampAuthority.getHost() == null) {
                throw new ValidationException("The time-stamp authority's address " + timestampAuthority
                        + " is not a web address; give one starting with http:// or https://.");
            }
        }
    }

    public static SignOptions plain() {
        return new SignOptions(null, null, null, null);
    }

    /** The address as typed, checked: a sentence rather than a stack trace when it is not one. */
    public static URI address(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new ValidationException("The time-stamp authority's address " + text
                    + " is not a web address; give one starting with http:// or https://.");
        }
    }
}
