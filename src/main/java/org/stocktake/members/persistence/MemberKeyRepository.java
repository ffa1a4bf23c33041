package org.stocktake.members.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.MEMBER_KEY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stocktake.members.service.MemberKey;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.shared.persistence.jooq.tables.records.MemberKeyRecord;

/** The members' signing keys, current and retired. Every method joins the caller's transaction. */
public final class MemberKeyRepository {

    public void insert(Transaction tx, MemberKey key, String sealedPrivateKey, OffsetDateTime now) {
        tx.jooq()
                .insertInto(MEMBER_KEY)
                .set(MEMBER_KEY.UUID, key.uuid())
                .set(MEMBER_KEY.MEMBER_UUID, key.member())
                .set(MEMBER_KEY.FINGERPRINT, key.fingerprint())
                .set(MEMBER_KEY.PUBLIC_KEY, key.publicKey())
                .set(MEMBER_KEY.SEALED_PRIVATE_KEY, sealedPrivateKey)
                .set(MEMBER_KEY.CREATED_AT, now)
                .execute();
    }

    /** The member's key that signs now, if any. */
    public Optional<MemberKey> current(Transaction tx, UUID member) {
        return tx.jooq()
                .selectFrom(MEMBER_KEY)
                .where(MEMBER_KEY.MEMBER_UUID.eq(member).and(MEMBER_KEY.RETIRED_AT.isNull()))
                .orderBy(MEMBER_KEY.ID.desc())
                .limit(1)
                .fetchOptional(MemberKeyRepository::toKey);
    }

    public Optional<MemberKey> byFingerprint(Transaction tx, String fingerprint) {
        return tx.jooq()
                .selectFrom(MEMBER_KEY)
                .where(MEMBER_KEY.FINGERPRINT.eq(fingerprint))
                .fetchOptional(MemberKeyRepository::toKey);
    }

    /** The sealed private half of a current key, or empty once it is retired. */
    public Optional<String> sealed(Transaction tx, UUID key) {
        return Optional.ofNullable(tx.jooq()
                .select(MEMBER_KEY.SEALED_PRIVATE_KEY)
                .from(MEMBER_KEY)
                .where(MEMBER_KEY.UUID.eq(key))
                .fetchOne(MEMBER_KEY.SEALED_PRIVATE_KEY));
    }

    public void reseal(Transaction tx, UUID key, String sealedPrivateKey) {
        tx.jooq()
                .update(MEMBER_KEY)
                .set(MEMBER_KEY.SEALED_PRIVATE_KEY, sealedPrivateKey)
                .where(MEMBER_KEY.UUID.eq(key))
                .execute();
    }

    /** Retires a key: its private half is dropped, its public half kept. */
    public void retire(Transaction tx, UUID key, OffsetDateTime now) {
        tx.jooq()
                .update(MEMBER_KEY)
                .set(MEMBER_KEY.SEALED_PRIVATE_KEY, (String) null)
                .set(MEMBER_KEY.RETIRED_AT, now)
                .where(MEMBER_KEY.UUID.eq(key))
                .execute();
    }

    public List<MemberKey> all(Transaction tx) {
        return tx.jooq().selectFrom(MEMBER_KEY).orderBy(MEMBER_KEY.ID).fetch(MemberKeyRepository::toKey);
    }

    private static MemberKey toKey(MemberKeyRecord row) {
        return new MemberKey(
                row.getUuid(),
                row.getMemberUuid(),
                row.getFingerprint(),
                row.getPublicKey(),
                row.getRetiredAt() != null);
    }
}
