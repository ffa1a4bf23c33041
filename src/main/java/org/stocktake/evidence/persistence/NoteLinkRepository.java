package org.stocktake.evidence.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.ANNOTATION;
import static org.stocktake.shared.persistence.jooq.Tables.ANNOTATION_LINK;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Record;
import org.stocktake.evidence.service.NoteLink;
import org.stocktake.shared.persistence.Transaction;

/** Notes linked to recommendations. Every method joins the caller's transaction. */
public final class NoteLinkRepository {

    /** Links a note to a recommendation; returns the link as stored. */
    public NoteLink insert(Transaction tx, long annotationId, long recommendationId, String by, OffsetDateTime now) {
        long id = tx.jooq()
                .insertInto(ANNOTATION_LINK)
                .set(ANNOTATION_LINK.UUID, UUID.randomUUID())
                .set(ANNOTATION_LINK.ANNOTATION_ID, annotationId)
                .set(ANNOTATION_LINK.RECOMMENDATION_ID, recommendationId)
                .set(ANNOTATION_LINK.CREATED_BY, by)
                .set(ANNOTATION_LINK.CREATED_AT, now)
                .returning(ANNOTATION_LINK.ID)
                .fetchOne()
                .getId();
        return tx.jooq()
                .selectFrom(ANNOTATION_LINK)
                .where(ANNOTATION_LINK.ID.eq(id))
                .fetchOne(NoteLinkRepository::toLink);
    }

    public Optional<NoteLink> find(Transaction tx, long annotationId, long recommendationId) {
        return tx.jooq()
                .selectFrom(ANNOTATION_LINK)
                .where(ANNOTATION_LINK.ANNOTATION_ID.eq(annotationId))
                .and(ANNOTATION_LINK.RECOMMENDATION_ID.eq(recommendationId))
                .fetchOptional(NoteLinkRepository::toLink);
    }

    public void delete(Transaction tx, long id) {
        tx.jooq().deleteFrom(ANNOTATION_LINK).where(ANNOTATION_LINK.ID.eq(id)).execute();
    }

    /** The recommendations a note bears on. */
    public Set<Long> ofNote(Transaction tx, long annotationId) {
        return new HashSet<>(tx.jooq()
                .select(ANNOTATION_LINK.RECOMMENDATION_ID)
                .from(ANNOTATION_LINK)
                .where(ANNOTATION_LINK.ANNOTATION_ID.eq(annotationId))
                .fetch(ANNOTATION_LINK.RECOMMENDATION_ID));
    }

    /** The live notes linked to a recommendation, by id. */
    public List<Long> notesLinkedTo(Transaction tx, long recommendationId) {
        return tx.jooq()
                .select(ANNOTATION_LINK.ANNOTATION_ID)
                .from(ANNOTATION_LINK)
                .join(ANNOTATION)
                .on(ANNOTATION.ID.eq(ANNOTATION_LINK.ANNOTATION_ID))
                .where(ANNOTATION_LINK.RECOMMENDATION_ID.eq(recommendationId))
                .and(ANNOTATION.DELETED_AT.isNull())
                .orderBy(ANNOTATION.ITEM_ID, ANNOTATION.PAGE, ANNOTATION.START_OFFSET)
                .fetch(ANNOTATION_LINK.ANNOTATION_ID);
    }

    /** The recommendations each document bears on through its live notes, by document id. */
    public Map<Long, Set<Long>> byItem(Transaction tx) {
        Map<Long, Set<Long>> links = new HashMap<>();
        tx.jooq()
                .select(ANNOTATION.ITEM_ID, ANNOTATION_LINK.RECOMMENDATION_ID)
                .from(ANNOTATION_LINK)
                .join(ANNOTATION)
                .on(ANNOTATION.ID.eq(ANNOTATION_LINK.ANNOTATION_ID))
                .where(ANNOTATION.DELETED_AT.isNull())
                .forEach(r ->
                        links.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return links;
    }

    public List<NoteLink> all(Transaction tx) {
        return tx.jooq().selectFrom(ANNOTATION_LINK).orderBy(ANNOTATION_LINK.ID).fetch(NoteLinkRepository::toLink);
    }

    private static NoteLink toLink(Record r) {
        return new NoteLink(
                r.get(ANNOTATION_LINK.ID),
                r.get(ANNOTATION_LINK.UUID),
                r.get(ANNOTATION_LINK.ANNOTATION_ID),
                r.get(ANNOTATION_LINK.RECOMMENDATION_ID),
                r.get(ANNOTATION_LINK.CREATED_BY),
                r.get(ANNOTATION_LINK.CREATED_AT));
    }
}
