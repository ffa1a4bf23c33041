package org.stocktake.evidence.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.ANNOTATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.stocktake.evidence.service.Annotation;
import org.stocktake.shared.persistence.Transaction;

/** Annotations on documents; deleted ones are kept marked. Every method joins the caller's transaction. */
public final class AnnotationRepository {

    /** Inserts an annotation; returns it as stored. */
    public Annotation insert(
            Transaction tx,
            long itemId,
            int page,
            int start,
            String quote,
            String prefix,
            String suffix,
            String note,
            String author,
            OffsetDateTime now) {
        long id = tx.jooq()
                .insertInto(ANNOTATION)
                .set(ANNOTATION.UUID, UUID.randomUUID())
                .set(ANNOTATION.ITEM_ID, itemId)
                .set(ANNOTATION.PAGE, page)
                .set(ANNOTATION.START_OFFSET, start)
                .set(ANNOTATION.QUOTE, quote)
                .set(ANNOTATION.PREFIX, prefix)
                .set(ANNOTATION.SUFFIX, suffix)
                .set(ANNOTATION.NOTE, note)
                .set(ANNOTATION.AUTHOR, author)
                .set(ANNOTATION.CREATED_AT, now)
                .set(ANNOTATION.UPDATED_AT, now)
                .returning(ANNOTATION.ID)
                .fetchOne()
                .getId();
        return find(tx, id).orElseThrow();
    }

    public void updateNote(Transaction tx, long id, String note, OffsetDateTime now) {
        tx.jooq()
                .update(ANNOTATION)
                .set(ANNOTATION.NOTE, note)
                .set(ANNOTATION.UPDATED_AT, now)
                .where(ANNOTATION.ID.eq(id))
                .execute();
    }

    public void markDeleted(Transaction tx, long id, OffsetDateTime now) {
        tx.jooq()
                .update(ANNOTATION)
                .set(ANNOTATION.DELETED_AT, now)
                .set(ANNOTATION.UPDATED_AT, now)
                .where(ANNOTATION.ID.eq(id))
                .execute();
    }

    /** A live annotation. */
    public Optional<Annotation> find(Transaction tx, long id) {
        return tx.jooq()
                .selectFrom(ANNOTATION)
                .where(ANNOTATION.ID.eq(id).and(ANNOTATION.DELETED_AT.isNull()))
                .fetchOptional(AnnotationRepository::toAnnotation);
    }

    /** A document's live annotations, in page and passage order. */
    public List<Annotation> forItem(Transaction tx, long itemId) {
        return tx.jooq()
                .selectFrom(ANNOTATION)
                .where(ANNOTATION.ITEM_ID.eq(itemId).and(ANNOTATION.DELETED_AT.isNull()))
                .orderBy(ANNOTATION.PAGE, ANNOTATION.START_OFFSET, ANNOTATION.ID)
                .fetch(AnnotationRepository::toAnnotation);
    }

    /** Every live annotation. */
    public List<Annotation> all(Transaction tx) {
        return tx.jooq()
                .selectFrom(ANNOTATION)
                .where(ANNOTATION.DELETED_AT.isNull())
                .orderBy(ANNOTATION.ID)
                .fetch(AnnotationRepository::toAnnotation);
    }

    public boolean isDeleted(Transaction tx, UUID uuid) {
        return tx.jooq().fetchExists(ANNOTATION, ANNOTATION.UUID.eq(uuid).and(ANNOTATION.DELETED_AT.isNotNull()));
    }

    private static Annotation toAnnotation(Record r) {
        return new Annotation(
                r.get(ANNOTATION.ID),
                r.get(ANNOTATION.UUID),
                r.get(ANNOTATION.ITEM_ID),
                r.get(ANNOTATION.PAGE),
                r.get(ANNOTATION.START_OFFSET),
                r.get(ANNOTATION.QUOTE),
                r.get(ANNOTATION.PREFIX),
                r.get(ANNOTATION.SUFFIX),
                r.get(ANNOTATION.NOTE),
                r.get(ANNOTATION.AUTHOR),
                r.get(ANNOTATION.CREATED_AT),
                r.get(ANNOTATION.UPDATED_AT));
    }
}
