package org.stocktake.assessments.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.ASSESSMENT_CITATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.stocktake.assessments.service.Citation;
import org.stocktake.shared.persistence.Transaction;

/** The evidence assessments cite. Every method joins the caller's transaction. */
public final class CitationRepository {

    /** Stores a citation; returns it as stored. */
    public Citation insert(
            Transaction tx,
            long roundId,
            long recommendationId,
            long itemId,
            Integer page,
            Long annotationId,
            String by,
            OffsetDateTime now) {
        long id = tx.jooq()
                .insertInto(ASSESSMENT_CITATION)
                .set(ASSESSMENT_CITATION.UUID, UUID.randomUUID())
                .set(ASSESSMENT_CITATION.ROUND_ID, roundId)
                .set(ASSESSMENT_CITATION.RECOMMENDATION_ID, recommendationId)
                .set(ASSESSMENT_CITATION.ITEM_ID, itemId)
                .set(ASSESSMENT_CITATION.PAGE, page)
                .set(ASSESSMENT_CITATION.ANNOTATION_ID, annotationId)
                .set(ASSESSMENT_CITATION.CITED_BY, by)
                .set(ASSESSMENT_CITATION.CITED_AT, now)
                .returning(ASSESSMENT_CITATION.ID)
                .fetchOne()
                .getId();
        return find(tx, id).orElseThrow();
    }

    public Optional<Citation> find(Transaction tx, long id) {
        return tx.jooq()
                .selectFrom(ASSESSMENT_CITATION)
                .where(ASSESSMENT_CITATION.ID.eq(id))
                .fetchOptional(CitationRepository::toCitation);
    }

    public void delete(Transaction tx, long id) {
        tx.jooq()
                .deleteFrom(ASSESSMENT_CITATION)
                .where(ASSESSMENT_CITATION.ID.eq(id))
                .execute();
    }

    /** One assessment's citations, in the order they were made. */
    public List<Citation> of(Transaction tx, long roundId, long recommendationId) {
        return tx.jooq()
                .selectFrom(ASSESSMENT_CITATION)
                .where(ASSESSMENT_CITATION.ROUND_ID.eq(roundId))
                .and(ASSESSMENT_CITATION.RECOMMENDATION_ID.eq(recommendationId))
                .orderBy(ASSESSMENT_CITATION.ID)
                .fetch(CitationRepository::toCitation);
    }

    /** A round's citations, in the order they were made. */
    public List<Citation> ofRound(Transaction tx, long roundId) {
        return tx.jooq()
                .selectFrom(ASSESSMENT_CITATION)
                .where(ASSESSMENT_CITATION.ROUND_ID.eq(roundId))
                .orderBy(ASSESSMENT_CITATION.ID)
                .fetch(CitationRepository::toCitation);
    }

    public List<Citation> all(Transaction tx) {
        return tx.jooq()
                .selectFrom(ASSESSMENT_CITATION)
                .orderBy(ASSESSMENT_CITATION.ID)
                .fetch(CitationRepository::toCitation);
    }

    private static Citation toCitation(Record r) {
        return new Citation(
                r.get(ASSESSMENT_CITATION.ID),
                r.get(ASSESSMENT_CITATION.UUID),
                r.get(ASSESSMENT_CITATION.ROUND_ID),
                r.get(ASSESSMENT_CITATION.RECOMMENDATION_ID),
                r.get(ASSESSMENT_CITATION.ITEM_ID),
                r.get(ASSESSMENT_CITATION.PAGE),
                r.get(ASSESSMENT_CITATION.ANNOTATION_ID),
                r.get(ASSESSMENT_CITATION.CITED_BY),
                r.get(ASSESSMENT_CITATION.CITED_AT));
    }
}
