package org.stocktake.audit.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.stocktake.shared.persistence.jooq.Tables.AUDIT_HEAD;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.TransactionListenerProvider;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.CallbackTransactionListener;
import org.jooq.impl.DefaultTransactionListenerProvider;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.shared.persistence.jooq.tables.records.AuditEntryRecord;

/** The stored chain and its head. Every method joins the caller's transaction. */
public final class AuditRepository {

    private static final int HEAD_ID = 1;

    private static final Logger LOG = Logger.getLogger(AuditRepository.class.getName());

    /** Kept on a transaction's own configuration: the head its appends reached, for the commit listener. */
    private static final String PENDING_HEAD = "org.stocktake.audit.pending-head";

    /** Kept on the database's configuration once the commit listener is installed there. */
    private static final String PUBLISHER = "org.stocktake.audit.head-publisher";

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
        dsl.configuration().data(PENDING_HEAD, new Head(entry.seq(), entry.hash()));
    }

    /**
     * Hands {@code committed} the head reached by every transaction on this database that appended entries, once it
     * has committed and the database has forced it to disk, and never after a rollback. H2 otherwise stores commits
     * in the background up to a second later, so a crash could lose entries a head written at once already counts:
     * the head must never be ahead of what the database keeps. The listener goes on the database's own jOOQ
     * configuration, from which each transaction's is derived, so entries appended by any trail over the database are
     * published; it is installed once per database and later calls are ignored. {@code committed} must not throw:
     * the transaction has committed by then, and an exception would tell its caller otherwise.
     */
    public void afterEachCommit(Transaction reads, Consumer<Head> committed) {
        DSLContext database = reads.jooq();
        Configuration base = database.configuration();
        synchronized (base) {
            if (base.data(PUBLISHER) != null) {
                return;
            }
            base.data(PUBLISHER, Boolean.TRUE);
            TransactionListenerProvider[] existing = base.transactionListenerProviders();
            TransactionListenerProvider[] all = Arrays.copyOf(existing, existing.length + 1);
            all[existing.length] =
                    new DefaultTransactionListenerProvider(new CallbackTransactionListener().onCommitEnd(ctx -> {
                        if (ctx.configuration().data(PENDING_HEAD) instanceof Head head && forcedToDisk(database)) {
                            committed.accept(head);
                        }
                    }));
            base.set(all);
        }
    }

    private static boolean forcedToDisk(DSLContext database) {
        try {
            database.execute("CHECKPOINT SYNC");
            return true;
        } catch (DataAccessException e) {
            LOG.log(Level.WARNING, "The database could not be forced to disk; the audit head file is left behind", e);
            return false;
        }
    }

    /** Whether any entry is about the row {@code uuid}. */
    public boolean hasEntriesAbout(Transaction tx, UUID uuid) {
        DSLContext dsl = tx.jooq();
        return dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY_UUID.eq(uuid));
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
