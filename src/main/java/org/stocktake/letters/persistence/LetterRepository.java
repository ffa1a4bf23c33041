package org.stocktake.letters.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.LETTER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterJson;
import org.stocktake.letters.service.LetterStatus;
import org.stocktake.shared.persistence.Transaction;

/** Letters, drafts and issued. Every method joins the caller's transaction; a deleted draft is kept, hidden. */
public final class LetterRepository {

    public long insert(
            Transaction tx, String title, String templateName, String content, String author, OffsetDateTime now) {
        return tx.jooq()
                .insertInto(LETTER)
                .set(LETTER.UUID, UUID.randomUUID())
                .set(LETTER.TITLE, title)
                .set(LETTER.TEMPLATE_NAME, templateName)
                .set(LETTER.STATUS, LetterStatus.DRAFT.name())
                .set(LETTER.CONTENT, content)
                .set(LETTER.REVISION, 1)
                .set(LETTER.CREATED_BY, author)
                .set(LETTER.CREATED_AT, now)
                .set(LETTER.UPDATED_AT, now)
                .returning(LETTER.ID)
                .fetchOne()
                .getId();
    }

    /** Saves a draft if it is still at {@code revision}; returns whether it was. */
    public boolean saveDraft(Transaction tx, long id, int revision, String title, String content, OffsetDateTime now) {
        return tx.jooq()
                        .update(LETTER)
                        .set(LETTER.TITLE, title)
                        .set(LETTER.CONTENT, content)
                        .set(LETTER.REVISION, revision + 1)
                        .set(LETTER.UPDATED_AT, now)
                        .where(LETTER.ID.eq(id))
                        .and(LETTER.REVISION.eq(revision))
                        .and(LETTER.STATUS.eq(LetterStatus.DRAFT.name()))
                        .and(LETTER.DELETED_AT.isNull())
                        .execute()
                == 1;
    }

    public void issue(
            Transaction tx,
            long id,
            String content,
            long evidenceId,
            String by,
            LocalDate replyBy,
            OffsetDateTime now) {
        tx.jooq()
                .update(LETTER)
                .set(LETTER.STATUS, LetterStatus.ISSUED.name())
                .set(LETTER.CONTENT, content)
                .set(LETTER.REVISION, LETTER.REVISION.plus(1))
                .set(LETTER.ISSUED_AT, now)
                .set(LETTER.ISSUED_BY, by)
                .set(LETTER.EVIDENCE_ID, evidenceId)
                .set(LETTER.REPLY_BY, replyBy)
                .set(LETTER.UPDATED_AT, now)
                .where(LETTER.ID.eq(id))
                .execute();
    }

    public void publish(Transaction tx, long id, LocalDate on, String link, OffsetDateTime now) {
        tx.jooq()
                .update(LETTER)
                .set(LETTER.PUBLISHED_ON, on)
                .set(LETTER.PUBLISHED_LINK, link)
                .set(LETTER.REVISION, LETTER.REVISION.plus(1))
                .set(LETTER.UPDATED_AT, now)
                .where(LETTER.ID.eq(id))
                .execute();
    }

    public void delete(Transaction tx, long id, OffsetDateTime now) {
        tx.jooq()
                .update(LETTER)
                .set(LETTER.DELETED_AT, now)
                .set(LETTER.UPDATED_AT, now)
                .where(LETTER.ID.eq(id))
                .execute();
    }

    /**
     * Drafts made from a template renamed follow its new name; issued letters keep the name they were made from. The
     * revision stays, since the letter's text is unchanged and a window editing it must not be told otherwise.
     */
    public void followTemplate(Transaction tx, String oldName, String newName) {
        tx.jooq()
                .update(LETTER)
                .set(LETTER.TEMPLATE_NAME, newName)
                .where(LETTER.TEMPLATE_NAME.equalIgnoreCase(oldName))
                .and(LETTER.STATUS.eq(LetterStatus.DRAFT.name()))
                .and(LETTER.DELETED_AT.isNull())
                .execute();
    }

    public Optional<Letter> find(Transaction tx, long id) {
        return tx.jooq()
                .selectFrom(LETTER)
                .where(LETTER.ID.eq(id))
                .and(LETTER.DELETED_AT.isNull())
                .fetchOptional(LetterRepository::toLetter);
    }

    /** Every letter that stands, newest first. */
    public List<Letter> all(Transaction tx) {
        return tx.jooq()
                .selectFrom(LETTER)
                .where(LETTER.DELETED_AT.isNull())
                .orderBy(LETTER.UPDATED_AT.desc(), LETTER.ID.desc())
                .fetch(LetterRepository::toLetter);
    }

    public boolean deleted(Transaction tx, UUID uuid) {
        return tx.jooq().fetchExists(LETTER, LETTER.UUID.eq(uuid).and(LETTER.DELETED_AT.isNotNull()));
    }

    private static Letter toLetter(Record row) {
        return new Letter(
                row.get(LETTER.ID),
                row.get(LETTER.UUID),
                row.get(LETTER.TITLE),
                row.get(LETTER.TEMPLATE_NAME),
                LetterStatus.valueOf(row.get(LETTER.STATUS)),
                LetterJson.readLetter(row.get(LETTER.CONTENT)),
                row.get(LETTER.REVISION),
                row.get(LETTER.CREATED_BY),
                row.get(LETTER.CREATED_AT),
                row.get(LETTER.UPDATED_AT),
                row.get(LETTER.ISSUED_AT),
                row.get(LETTER.ISSUED_BY),
                row.get(LETTER.EVIDENCE_ID),
                row.get(LETTER.REPLY_BY),
                row.get(LETTER.PUBLISHED_ON),
                row.get(LETTER.PUBLISHED_LINK));
    }
}
