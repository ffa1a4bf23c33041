package org.stocktake.signing.service;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.signing.persistence.TrustedCertificateRepository;

/**
 * The certificates the workspace trusts: roots or intermediates the panel adds on purpose (its certificate authority's,
 * say). Verification reports a signature whose chain reaches one of them as trusted. Nothing is trusted by default,
 * not even the operating system's or Java's list: the panel decides.
 */
public final class TrustList {

    /** The entity as the audit trail names it. */
    public static final String ENTITY = "trusted-certificate";

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final TrustedCertificateRepository repository = new TrustedCertificateRepository();

    public TrustList(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Adds every certificate in {@code encoded} (PEM, one or more, or DER) that is not on the list yet.
     *
     * @param name how the user knows the file, for messages
     * @return the certificates added
     * @throws ValidationException when the bytes hold no certificate, or only ones on the list already
     * @throws org.stocktake.shared.NotAllowedException when the one acting may not change the trust list
     */
    public List<TrustedCertificate> add(byte[] encoded, String name) {
        audit.permit(Action.TRUST_CERTIFICATES);
        List<X509Certificate> certificates = parse(encoded, name);
        return database.transaction(tx -> {
            List<TrustedCertificate> added = new ArrayList<>();
            for (X509Certificate certificate : certificates) {
                String sha256 = fingerprint(certificate);
                if (repository.bySha256(tx, sha256).isPresent()) {
                    continue;
                }
                repository.insert(
                        tx,
                        sha256,
                        certificate.getSubjectX500Principal().getName(),
                        OffsetDateTime.ofInstant(certificate.getNotAfter().toInstant(), ZoneOffset.UTC),
                        der(certificate),
                        OffsetDateTime.now(clock));
                TrustedCertificate row = repository.bySha256(tx, sha256).orElseThrow();
                audit.record(tx, ENTITY, row.uuid(), "trust", null, row);
                added.add(row);
            }
            if (added.isEmpty()) {
                throw new ValidationException(
                        (certificates.size() == 1 ? "The certificate in " : "Every certificate in ") + name
                                + " is on the trust list already.");
            }
            return added;
        });
    }

    /**
     * Takes off the list the certificate whose fingerprint starts with {@code fingerprint} (at least 8 hexadecimal
     * digits, as the list shows them).
     *
     * @throws NotFoundException when none matches; ValidationException when the prefix is short or names several
     */
    public TrustedCertificate remove(String fingerprint) {
        audit.permit(Action.TRUST_CERTIFICATES);
        String prefix =
                fingerprint == null ? "" : fingerprint.strip().replace(":", "").toLowerCase(Locale.ROOT);
        if (prefix.length() < 8 || !prefix.matches("[0-9a-f]+")) {
            throw new ValidationException(
                    "Give at least the first 8 hexadecimal digits of the fingerprint, as pdf trust list shows it.");
        }
        return database.transaction(tx -> {
            List<TrustedCertificate> matches = repository.all(tx).stream()
                    .filter(c -> c.sha256().startsWith(prefix))
                    .toList();
            if (matches.isEmpty()) {
                throw new NotFoundException("No certificate on the trust list has a fingerprint starting " + prefix
                        + "; pdf trust list shows them.");
            }
            if (matches.size() > 1) {
                throw new ValidationException(
                        "Several certificates' fingerprints start " + prefix + "; give more of the fingerprint.");
            }
            TrustedCertificate removed = matches.get(0);
            repository.delete(tx, removed.uuid());
            audit.record(tx, ENTITY, removed.uuid(), "distrust", removed, null);
            return removed;
        });
    }

    /** The list, oldest first. */
    public List<TrustedCertificate> list() {
        return repository.all(database.dsl());
    }

    /** The certificates themselves, for verification. */
    public List<X509Certificate> certificates() {
        List<X509Certificate> certificates = new ArrayList<>();
        for (byte[] der : repository.encoded(database.dsl())) {
            try {
                certificates.addAll(parse(der, "a trusted certificate"));
            } catch (ValidationException e) {
                // A row that no longer parses vouches for nothing.
            }
        }
        return certificates;
    }

    static List<X509Certificate> parse(byte[] encoded, String name) {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(encoded))) {
                if (certificate instanceof X509Certificate x509) {
                    certificates.add(x509);
                }
            }
            if (!certificates.isEmpty()) {
                return certificates;
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // Told below, in one sentence.
        }
        throw new ValidationException(
                name + " holds no certificate that can be read; give an X.509 certificate as PEM (.pem, .crt) or DER"
                        + " (.cer, .der).");
    }

    /** The SHA-256 of the certificate's DER bytes, in lower-case hexadecimal. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der(certificate)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new ValidationException("A certificate given cannot be encoded, so it cannot be trusted.");
        }
    }
}
