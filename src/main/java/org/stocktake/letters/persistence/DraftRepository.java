package org.stocktake.letters.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.LETTER_COMMENT;
import static org.stocktake.shared.persistence.jooq.Tables.LETTER_VERSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.stocktake.letters.service.LetterComment;
import org.stocktake.letters.service.LetterJson;
import org.stocktake.letters.service.LetterVersion;
import org.stocktake.shared.persistence.Transaction;

/** A draft's saved versions and its comments. Every method joins the caller's transaction. */
public final class DraftRepository {

    /** Saves a version numbered one past the letter's last; returns its number. */
    public int insertVersion(
            Transaction tx, long letterId, String label, String content, String by, OffsetDateTime now) {
        Integer last = tx.jooq()
                .select(DSL.max(LETTER_VERSION.NUMBER))
                .from(LETTER_VERSION)
                .where(LETTER_VERSION.LETTER_ID.eq(letterId))
                .fetchOne(0, Integer.class);
        int number = last == null ? 1 : last + 1;
        tx.jooq()
                .insertInto(LETTER_VERSION)
                .set(LETTER_VERSION.UUID, UUID.randomUUID())
                .set(LETTER_VERSION.LETTER_ID, letterId)
                .set(LETTER_VERSION.NUMBER, number)
                .set(LETTER_VERSION.LABEL, label)
                .set(LETTER_VERSION.CONTENT, content)
                .set(LETTER_VERSION.SAVED_BY, by)
                .set(LETTER_VERSION.SAVED_AT, now)
                .execute();
        return number;
    }

    /** A letter's versions, first first. */
    public List<LetterVersion> versions(Transaction tx, long letterId) {
        return tx.jooq()
                .selectFrom(LETTER_VERSION)
                .where(LETTER_VERSION.LETTER_ID.eq(letterId))
                .orderBy(LETTER_VERSION.NUMBER)
                .fetch(row -> new LetterVersion(
                        row.getNumber(),
                        row.getLabel(),
                        row.getSavedBy(),
                        row.getSavedAt(),
                        LetterJson.readLetter(row.getContent())));
    }

    public long insertComment(
            Transaction tx, long letterId, String blockId, String quote, String body, String by, OffsetDateTime now) {
        return tx.jooq()
                .insertInto(LETTER_COMMENT)
                .set(LETTER_COMMENT.UUID, UUID.randomUUID())
                .set(LETTER_COMMENT.LETTER_ID, letterId)
                .set(LETTER_COMMENT.BLOCK_ID, blockId)
                .set(LETTER_COMMENT.QUOTE, quote)
                .set(LETTER_COMMENT.BODY, body)
                .set(LETTER_COMMENT.AUTHOR, by)
                .set(LETTER_COMMENT.CREATED_AT, now)
                .returning(LETTER_COMMENT.ID)
                .fetchOne()
                .getId();
    }

    public void resolveComment(Transaction tx, long commentId, String by, OffsetDateTime now) {
        tx.jooq()
                .update(LETTER_COMMENT)
                .set(LETTER_COMMENT.RESOLVED_BY, by)
                .set(LETTER_COMMENT.RESOLVED_AT, now)
                .where(LETTER_COMMENT.ID.eq(commentId))
                .execute();
    }

    public Optional<LetterComment> comment(Transaction tx, long commentId) {
        return tx.jooq()
                .selectFrom(LETTER_COMMENT)
                .where(LETTER_COMMENT.ID.eq(commentId))
                .fetchOptional(DraftRepository::toComment);
    }

    /** A letter's comments, oldest first. */
    public List<LetterComment> comments(Transaction tx, long letterId) {
        return tx.jooq()
                .selectFrom(LETTER_COMMENT)
                .where(LETTER_COMMENT.LETTER_ID.eq(letterId))
                .orderBy(LETTER_COMMENT.CREATED_AT, LETTER_COMMENT.ID)
                .fetch(DraftRepository::toComment);
    }

    /** Every comment of every letter, for verification against the audit trail. */
    public List<LetterComment> allComments(Transaction tx) {
        return tx.jooq().selectFrom(LETTER_COMMENT).fetch(DraftRepository::toComment);
    }

    private static LetterComment toComment(
            org.stocktake.shared.persistence.jooq.tables.records.LetterCommentRecord row) {
        return new LetterComment(
                row.getId(),
                row.getUuid(),
                row.getBlockId(),
                row.getQuote(),
                row.getBody(),
                row.getAuthor(),
                row.getCreatedAt(),
                row.getResolvedBy(),
                row.getResolvedAt());
    }
}
