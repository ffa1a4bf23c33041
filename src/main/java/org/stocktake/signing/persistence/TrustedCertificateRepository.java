package org.stocktake.signing.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.TRUSTED_CERTIFICATE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.signing.service.TrustedCertificate;

/** The trust list's rows. Every method joins the caller's transaction. */
public final class TrustedCertificateRepository {

    public List<TrustedCertificate> all(Transaction tx) {
        return tx.jooq()
                .selectFrom(TRUSTED_CERTIFICATE)
                .orderBy(TRUSTED_CERTIFICATE.ID)
                .fetch(TrustedCertificateRepository::toCertificate);
    }

    /** The DER bytes of every certificate on the list, oldest first. */
    public List<byte[]> encoded(Transaction tx) {
        return tx.jooq()
                .select(TRUSTED_CERTIFICATE.DER)
                .from(TRUSTED_CERTIFICATE)
                .orderBy(TRUSTED_CERTIFICATE.ID)
                .fetch(TRUSTED_CERTIFICATE.DER);
    }

    public Optional<TrustedCertificate> bySha256(Transaction tx, String sha256) {
        return tx.jooq()
                .selectFrom(TRUSTED_CERTIFICATE)
                .where(TRUSTED_CERTIFICATE.SHA256.eq(sha256))
                .fetchOptional(TrustedCertificateRepository::toCertificate);
    }

    public void insert(
            Transaction tx, String sha256, String subject, OffsetDateTime notAfter, byte[] der, OffsetDateTime now) {
        tx.jooq()
                .insertInto(TRUSTED_CERTIFICATE)
                .set(TRUSTED_CERTIFICATE.UUID, UUID.randomUUID())
                .set(TRUSTED_CERTIFICATE.SHA256, sha256)
                .set(TRUSTED_CERTIFICATE.SUBJECT, subject)
                .set(TRUSTED_CERTIFICATE.NOT_AFTER, notAfter)
                .set(TRUSTED_CERTIFICATE.DER, der)
                .set(TRUSTED_CERTIFICATE.ADDED_AT, now)
                .execute();
    }

    public void delete(Transaction tx, UUID uuid) {
        tx.jooq()
                .deleteFrom(TRUSTED_CERTIFICATE)
                .where(TRUSTED_CERTIFICATE.UUID.eq(uuid))
                .execute();
    }

    private static TrustedCertificate toCertificate(Record row) {
        return new TrustedCertificate(
                row.get(TRUSTED_CERTIFICATE.UUID),
                row.get(TRUSTED_CERTIFICATE.SHA256),
                row.get(TRUSTED_CERTIFICATE.SUBJECT),
                row.get(TRUSTED_CERTIFICATE.NOT_AFTER));
    }
}
