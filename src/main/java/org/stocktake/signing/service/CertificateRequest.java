package org.stocktake.signing.service;

import java.util.ArrayList;
import java.util.List;
import org.stocktake.shared.ValidationException;

/**
 * A self-signed certificate to make.
 *
 * @param name the holder's name, shown as who signed (CN)
 * @param organisation the holder's organisation (O), or null
 * @param alias the name of the key in the keystore
 * @param years how long the certificate is valid, 1 to 30
 */
public record CertificateRequest(String name, String organisation, String alias, int years, KeyKind kind) {

    public static final int MOST_YEARS = 30;

    public CertificateRequest {
        name = name == null ? "" : name.strip();
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        alias = alias == null || alias.isBlank() ? "signing" : alias.strip();
        kind = kind == null ? KeyKind.RSA_3072 : kind;
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("Give the name of the certificate's holder.");
        }
        if (years < 1 || years > MOST_YEARS) {
            problems.add("A certificate is valid for 1 to " + MOST_YEARS + " years, not " + years + ".");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
