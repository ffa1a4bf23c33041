package org.stocktake.assessments.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.ASSESSMENT;
import static org.stocktake.shared.persistence.jooq.Tables.ASSESSMENT_CORRECTION;
import static org.stocktake.shared.persistence.jooq.Tables.ASSESSMENT_ROUND;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.StoredAssessment;
import org.stocktake.assessments.service.StoredAssessment.StoredCorrection;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.shared.persistence.jooq.tables.records.AssessmentRecord;

/** Assessments and their corrections. Every method joins the caller's transaction. */
public final class AssessmentRepository {

    public List<StoredAssessment> ofRound(Transaction tx, long roundId) {
        DSLContext dsl = tx.jooq();
        return fetch(dsl, ASSESSMENT.ROUND_ID.eq(roundId));
    }

    /** Every assessment of the review's rounds. */
    public List<StoredAssessment> ofReview(Transaction tx, long reviewId) {
        DSLContext dsl = tx.jooq();
        return fetch(
                dsl,
                ASSESSMENT.ROUND_ID.in(dsl.select(ASSESSMENT_ROUND.ID)
                        .from(ASSESSMENT_ROUND)
                        .where(ASSESSMENT_ROUND.REVIEW_ID.eq(reviewId))));
    }

    public List<StoredAssessment> ofRecommendation(Transaction tx, long recommendationId) {
        DSLContext dsl = tx.jooq();
        return fetch(dsl, ASSESSMENT.RECOMMENDATION_ID.eq(recommendationId));
    }

    public Optional<StoredAssessment> find(Transaction tx, long roundId, long recommendationId) {
        DSLContext dsl = tx.jooq();
        return fetch(dsl, ASSESSMENT.ROUND_ID.eq(roundId).and(ASSESSMENT.RECOMMENDATION_ID.eq(recommendationId)))
                .stream()
                .findFirst();
    }

    public void insert(
            Transaction tx,
            long roundId,
            long recommendationId,
            Long levelId,
            AssessmentDraft draft,
            String by,
            OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        dsl.insertInto(ASSESSMENT)
                .set(ASSESSMENT.UUID, UUID.randomUUID())
                .set(ASSESSMENT.ROUND_ID, roundId)
                .set(ASSESSMENT.RECOMMENDATION_ID, recommendationId)
                .set(ASSESSMENT.LEVEL_ID, levelId)
                .set(
                        ASSESSMENT.DIRECTION,
                        draft.direction() == null ? null : draft.direction().name())
                .set(ASSESSMENT.COMMENTARY, draft.commentary())
                .set(ASSESSMENT.ASSESSOR, by)
                .set(ASSESSMENT.ASSESSED_AT, now)
                .set(ASSESSMENT.VERSION, 1)
                .execute();
    }

    /** Writes over the row if it is still at {@code expectedVersion}; false when it is not. */
    public boolean update(
            Transaction tx,
            long id,
            int expectedVersion,
            Long levelId,
            AssessmentDraft draft,
            String by,
            OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        return dsl.update(ASSESSMENT)
                        .set(ASSESSMENT.LEVEL_ID, levelId)
                        .set(
                                ASSESSMENT.DIRECTION,
                                draft.direction() == null
                                        ? null
                                        : draft.direction().name())
                        .set(ASSESSMENT.COMMENTARY, draft.commentary())
                        .set(ASSESSMENT.ASSESSOR, by)
                        .set(ASSESSMENT.ASSESSED_AT, now)
                        .set(ASSESSMENT.VERSION, ASSESSMENT.VERSION.plus(1))
                        .where(ASSESSMENT.ID.eq(id))
                        .and(ASSESSMENT.VERSION.eq(expectedVersion))
                        .execute()
                == 1;
    }

    public void insertCorrection(
            Transaction tx,
            long assessmentId,
            Long levelId,
            AssessmentDraft draft,
            String reason,
            String by,
            OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        dsl.insertInto(ASSESSMENT_CORRECTION)
                .set(ASSESSMENT_CORRECTION.UUID, UUID.randomUUID())
                .set(ASSESSMENT_CORRECTION.ASSESSMENT_ID, assessmentId)
                .set(ASSESSMENT_CORRECTION.LEVEL_ID, levelId)
                .set(
                        ASSESSMENT_CORRECTION.DIRECTION,
                        draft.direction() == null ? null : draft.direction().name())
                .set(ASSESSMENT_CORRECTION.COMMENTARY, draft.commentary())
                .set(ASSESSMENT_CORRECTION.REASON, reason)
                .set(ASSESSMENT_CORRECTION.CORRECTED_BY, by)
                .set(ASSESSMENT_CORRECTION.CORRECTED_AT, now)
                .execute();
    }

    private List<StoredAssessment> fetch(DSLContext dsl, Condition condition) {
        List<AssessmentRecord> rows = dsl.selectFrom(ASSESSMENT)
                .where(condition)
                .orderBy(ASSESSMENT.ID)
                .fetch();
        Map<Long, List<StoredCorrection>> corrections = new HashMap<>();
        if (!rows.isEmpty()) {
            dsl.selectFrom(ASSESSMENT_CORRECTION)
                    .where(ASSESSMENT_CORRECTION.ASSESSMENT_ID.in(
                            dsl.select(ASSESSMENT.ID).from(ASSESSMENT).where(condition)))
                    .orderBy(ASSESSMENT_CORRECTION.CORRECTED_AT, ASSESSMENT_CORRECTION.ID)
                    .fetch()
                    .forEach(c -> corrections
                            .computeIfAbsent(c.getAssessmentId(), k -> new ArrayList<>())
                            .add(new StoredCorrection(
                                    c.getLevelId(),
                                    direction(c.getDirection()),
                                    c.getCommentary(),
                                    c.getReason(),
                                    c.getCorrectedBy(),
                                    c.getCorrectedAt())));
        }
        List<StoredAssessment> result = new ArrayList<>(rows.size());
        for (AssessmentRecord r : rows) {
            result.add(new StoredAssessment(
                    r.getId(),
                    r.getUuid(),
                    r.getRoundId(),
                    r.getRecommendationId(),
                    r.getLevelId(),
                    direction(r.getDirection()),
                    r.getCommentary(),
                    r.getAssessor(),
                    r.getAssessedAt(),
                    r.getVersion(),
                    corrections.getOrDefault(r.getId(), List.of())));
        }
        return result;
    }

    private static Direction direction(String stored) {
        return stored == null ? null : Direction.valueOf(stored);
    }
}
