package org.stocktake.audit.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.stocktake.shared.persistence.jooq.Tables.AUDIT_HEAD;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.shared.persistence.jooq.tables.records.AuditEntryRecord;

/** The stored chain and its head. Every method joins the caller's transaction. */
public final class AuditRepository {

    private static final int HEAD_ID = 1;

    /** The head as stored: the newest entry's sequence number and hash. */
    public record Head(long seq, String hash) {}

    /** The head, read with a lock so that two writers cannot both extend the same link. */
    public Optional<Head> headForUpdate(Transaction tx) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(AUDIT_HEAD)
                .where(AUDIT_HEAD.ID.eq(HEAD_ID))
                .forUpdate()
                .fetchOptional(r -> new Head(r.getSeq(), r.getHash()));
    }

    public Optional<Head> head(Transaction tx) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(AUDIT_HEAD)
                .where(AUDIT_HEAD.ID.eq(HEAD_ID))
                .fetchOptional(r -> new Head(r.getSeq(), r.getHash()));
    }

    public void append(Transaction tx, AuditEntry entry) {
        DSLContext dsl = tx.jooq();
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.SEQ, entry.seq())
                .set(AUDIT_ENTRY.RECORDED_AT, entry.recordedAt())
                .set(AUDIT_ENTRY.ACTOR, entry.actor())
                .set(AUDIT_ENTRY.ENTITY, entry.entity())
                .set(AUDIT_ENTRY.ENTITY_UUID, entry.entityUuid())
                .set(AUDIT_ENTRY.ACTION, entry.action())
                .set(AUDIT_ENTRY.BEFORE_STATE, entry.before())
                .set(AUDIT_ENTRY.AFTER_STATE, entry.after())
                .set(AUDIT_ENTRY.PREV_HASH, entry.prevHash())
                .set(AUDIT_ENTRY.HASH, entry.hash())
                .execute();
        int moved = dsl.update(AUDIT_HEAD)
                .set(AUDIT_HEAD.SEQ, entry.seq())
                .set(AUDIT_HEAD.HASH, entry.hash())
                .where(AUDIT_HEAD.ID.eq(HEAD_ID))
                .execute();
        if (moved == 0) {
            dsl.insertInto(AUDIT_HEAD)
                    .set(AUDIT_HEAD.ID, HEAD_ID)
                    .set(AUDIT_HEAD.SEQ, entry.seq())
                    .set(AUDIT_HEAD.HASH, entry.hash())
                    .execute();
        }
    }

    /**
     * Feeds every entry, in the order of its sequence number, to {@code check} until it returns false. Rows are
     * streamed straight off the result set: a long trail never sits in memory whole, and no per-row objects are made
     * beyond the entry itself.
     */
    public void scan(Transaction tx, Predicate<AuditEntry> check) {
        DSLContext dsl = tx.jooq();
        var query = dsl.select(
                        AUDIT_ENTRY.SEQ,
                        AUDIT_ENTRY.RECORDED_AT,
                        AUDIT_ENTRY.ACTOR,
                        AUDIT_ENTRY.ENTITY,
                        AUDIT_ENTRY.ENTITY_UUID,
                        AUDIT_ENTRY.ACTION,
                        AUDIT_ENTRY.BEFORE_STATE,
                        AUDIT_ENTRY.AFTER_STATE,
                        AUDIT_ENTRY.PREV_HASH,
                        AUDIT_ENTRY.HASH)
                .from(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.SEQ)
                .fetchSize(2000);
        try (ResultSet rows = query.fetchResultSet()) {
            while (rows.next()) {
                AuditEntry entry = new AuditEntry(
                        rows.getLong(1),
                        rows.getObject(2, OffsetDateTime.class),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getObject(5, UUID.class),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getString(9),
                        rows.getString(10));
                if (!check.test(entry)) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("The audit trail could not be read: " + e.getMessage(), e);
        }
    }

    public List<AuditEntry> forEntity(Transaction tx, UUID uuid) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTITY_UUID.eq(uuid))
                .orderBy(AUDIT_ENTRY.SEQ)
                .fetch(AuditRepository::toEntry);
    }

    private static AuditEntry toEntry(AuditEntryRecord row) {
        return new AuditEntry(
                row.getSeq(),
                row.getRecordedAt(),
                row.getActor(),
                row.getEntity(),
                row.getEntityUuid(),
                row.getAction(),
                row.getBeforeState(),
                row.getAfterState(),
                row.getPrevHash(),
                row.getHash());
    }
}
