package org.stocktake.assessments.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.ASSESSMENT_ROUND;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.assessments.service.RoundStatus;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.shared.persistence.jooq.tables.records.AssessmentRoundRecord;

/** Assessment rounds. Every method joins the caller's transaction. */
public final class RoundRepository {

    /** The review's rounds, oldest first. */
    public List<AssessmentRound> ofReview(Transaction tx, long reviewId) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(ASSESSMENT_ROUND)
                .where(ASSESSMENT_ROUND.REVIEW_ID.eq(reviewId))
                .orderBy(ASSESSMENT_ROUND.HELD_ON, ASSESSMENT_ROUND.ID)
                .fetch(RoundRepository::toRound);
    }

    public List<AssessmentRound> all(Transaction tx) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(ASSESSMENT_ROUND)
                .orderBy(ASSESSMENT_ROUND.HELD_ON, ASSESSMENT_ROUND.ID)
                .fetch(RoundRepository::toRound);
    }

    public Optional<AssessmentRound> byId(Transaction tx, long id) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(ASSESSMENT_ROUND)
                .where(ASSESSMENT_ROUND.ID.eq(id))
                .fetchOptional(RoundRepository::toRound);
    }

    public AssessmentRound insert(Transaction tx, RoundDraft draft, String by, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        long id = dsl.insertInto(ASSESSMENT_ROUND)
                .set(ASSESSMENT_ROUND.UUID, UUID.randomUUID())
                .set(ASSESSMENT_ROUND.REVIEW_ID, draft.reviewId())
                .set(ASSESSMENT_ROUND.TITLE, draft.title().strip())
                .set(ASSESSMENT_ROUND.HELD_ON, draft.heldOn())
                .set(ASSESSMENT_ROUND.STATUS, RoundStatus.DRAFT.name())
                .set(ASSESSMENT_ROUND.CREATED_BY, by)
                .set(ASSESSMENT_ROUND.CREATED_AT, now)
                .set(ASSESSMENT_ROUND.VERSION, 1)
                .returning(ASSESSMENT_ROUND.ID)
                .fetchOne()
                .getId();
        return byId(tx, id).orElseThrow();
    }

    /** Marks a draft round final; false when it was not a draft any more. */
    public boolean finalise(Transaction tx, long id, String by, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        return dsl.update(ASSESSMENT_ROUND)
                        .set(ASSESSMENT_ROUND.STATUS, RoundStatus.FINAL.name())
                        .set(ASSESSMENT_ROUND.FINALISED_BY, by)
                        .set(ASSESSMENT_ROUND.FINALISED_AT, now)
                        .set(ASSESSMENT_ROUND.VERSION, ASSESSMENT_ROUND.VERSION.plus(1))
                        .where(ASSESSMENT_ROUND.ID.eq(id))
                        .and(ASSESSMENT_ROUND.STATUS.eq(RoundStatus.DRAFT.name()))
                        .execute()
                == 1;
    }

    private static AssessmentRound toRound(AssessmentRoundRecord r) {
        return new AssessmentRound(
                r.getId(),
                r.getUuid(),
                r.getReviewId(),
                r.getTitle(),
                r.getHeldOn(),
                RoundStatus.valueOf(r.getStatus()),
                r.getCreatedBy(),
                r.getCreatedAt(),
                r.getFinalisedBy(),
                r.getFinalisedAt(),
                r.getVersion());
    }
}
