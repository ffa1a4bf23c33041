package org.stocktake.audit.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.AUDIT_CHECKPOINT;

import java.util.List;
import org.stocktake.audit.service.Checkpoint;
import org.stocktake.shared.persistence.Transaction;

/** The trail's signed checkpoints. Every method joins the caller's transaction. */
public final class CheckpointRepository {

    public void insert(Transaction tx, Checkpoint checkpoint) {
        tx.jooq()
                .insertInto(AUDIT_CHECKPOINT)
                .set(AUDIT_CHECKPOINT.SEQ, checkpoint.seq())
                .set(AUDIT_CHECKPOINT.HASH, checkpoint.hash())
                .set(AUDIT_CHECKPOINT.OCCASION, checkpoint.occasion())
                .set(AUDIT_CHECKPOINT.SIGNER, checkpoint.signer())
                .set(AUDIT_CHECKPOINT.SIGNER_UUID, checkpoint.signerUuid())
                .set(AUDIT_CHECKPOINT.KEY_FINGERPRINT, checkpoint.keyFingerprint())
                .set(AUDIT_CHECKPOINT.SIGNED_AT, checkpoint.signedAt())
                .set(AUDIT_CHECKPOINT.SIGNATURE, checkpoint.signature())
                .execute();
    }

    /** Every checkpoint, in the order they were made. */
    public List<Checkpoint> all(Transaction tx) {
        return tx.jooq()
                .selectFrom(AUDIT_CHECKPOINT)
                .orderBy(AUDIT_CHECKPOINT.ID)
                .fetch(row -> new Checkpoint(
                        row.getSeq(),
                        row.getHash(),
                        row.getOccasion(),
                        row.getSigner(),
                        row.getSignerUuid(),
                        row.getKeyFingerprint(),
                        row.getSignedAt(),
                        row.getSignature()));
    }
}
