package org.stocktake.recommendations.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.RECOMMENDATION;
import static org.stocktake.shared.persistence.jooq.Tables.REVIEW;
import static org.stocktake.shared.persistence.jooq.Tables.THEME;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.SourceReference;
import org.stocktake.shared.persistence.Transaction;

/**
 * Stored recommendations. Deletion only marks a row, so {@link #live} hides it and {@link #restore} brings it back.
 * Every method runs in the caller's context, so it joins the caller's transaction.
 */
public final class RecommendationRepository {

    /** Live recommendations, in review then position order; all reviews when {@code reviewId} is null. */
    public List<Recommendation> live(Transaction tx, Long reviewId) {
        DSLContext dsl = tx.jooq();
        Condition condition = RECOMMENDATION.DELETED_AT.isNull();
        if (reviewId != null) {
            condition = condition.and(RECOMMENDATION.REVIEW_ID.eq(reviewId));
        }
        return joined(dsl)
                .where(condition)
                .orderBy(
                        REVIEW.PUBLISHED_ON.asc().nullsLast(), REVIEW.TITLE, RECOMMENDATION.POSITION, RECOMMENDATION.ID)
                .fetch(RecommendationRepository::toRecommendation);
    }

    /** The recommendation with this identity, deleted or not. */
    public Optional<Recommendation> byUuid(Transaction tx, UUID uuid) {
        DSLContext dsl = tx.jooq();
        return joined(dsl)
                .where(RECOMMENDATION.UUID.eq(uuid))
                .fetchOptional(RecommendationRepository::toRecommendation);
    }

    public boolean isDeleted(Transaction tx, UUID uuid) {
        DSLContext dsl = tx.jooq();
        return dsl.fetchExists(RECOMMENDATION, RECOMMENDATION.UUID.eq(uuid).and(RECOMMENDATION.DELETED_AT.isNotNull()));
    }

    /** Whether a live recommendation of the review already has this number, other than {@code except}. */
    public boolean numberTaken(Transaction tx, long reviewId, String number, UUID except) {
        DSLContext dsl = tx.jooq();
        Condition condition = RECOMMENDATION
                .REVIEW_ID
                .eq(reviewId)
                .and(RECOMMENDATION.DELETED_AT.isNull())
                .and(DSL.upper(RECOMMENDATION.NUMBER).eq(number.toUpperCase(java.util.Locale.ROOT)));
        if (except != null) {
            condition = condition.and(RECOMMENDATION.UUID.ne(except));
        }
        return dsl.fetchExists(RECOMMENDATION, condition);
    }

    /** The numbers of the review's live recommendations, upper-cased, as numbers are unique ignoring case. */
    public java.util.Set<String> liveNumbers(Transaction tx, long reviewId) {
        DSLContext dsl = tx.jooq();
        return new java.util.HashSet<>(dsl.select(DSL.upper(RECOMMENDATION.NUMBER))
                .from(RECOMMENDATION)
                .where(RECOMMENDATION.REVIEW_ID.eq(reviewId))
                .and(RECOMMENDATION.DELETED_AT.isNull())
                .fetch(0, String.class));
    }

    public int nextPosition(Transaction tx, long reviewId) {
        DSLContext dsl = tx.jooq();
        Integer last = dsl.select(DSL.max(RECOMMENDATION.POSITION))
                .from(RECOMMENDATION)
                .where(RECOMMENDATION.REVIEW_ID.eq(reviewId))
                .fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    public UUID insert(Transaction tx, RecommendationDraft draft, Long themeId, int position, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        UUID uuid = UUID.randomUUID();
        dsl.insertInto(RECOMMENDATION)
                .set(RECOMMENDATION.UUID, uuid)
                .set(RECOMMENDATION.REVIEW_ID, draft.reviewId())
                .set(RECOMMENDATION.THEME_ID, themeId)
                .set(RECOMMENDATION.NUMBER, draft.number())
                .set(RECOMMENDATION.POSITION, position)
                .set(RECOMMENDATION.TITLE, draft.title())
                .set(RECOMMENDATION.BODY, draft.body())
                .set(RECOMMENDATION.OWNER, draft.owner())
                .set(RECOMMENDATION.PRIORITY, draft.priority())
                .set(RECOMMENDATION.MILESTONE, draft.milestone())
                .set(RECOMMENDATION.SOURCE_DOCUMENT, draft.source().document())
                .set(RECOMMENDATION.SOURCE_PAGE, draft.source().page())
                .set(RECOMMENDATION.NOTES, draft.notes())
                .set(RECOMMENDATION.SUMMARY_ONLY, draft.summaryOnly())
                .set(RECOMMENDATION.VERSION, 1)
                .set(RECOMMENDATION.CREATED_AT, now)
                .set(RECOMMENDATION.UPDATED_AT, now)
                .execute();
        return uuid;
    }

    /** Writes the draft over the live row if it is still at {@code expectedVersion}; false when it is not. */
    public boolean update(
            Transaction tx,
            UUID uuid,
            int expectedVersion,
            RecommendationDraft draft,
            Long themeId,
            OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        return dsl.update(RECOMMENDATION)
                        .set(RECOMMENDATION.THEME_ID, themeId)
                        .set(RECOMMENDATION.NUMBER, draft.number())
                        .set(RECOMMENDATION.TITLE, draft.title())
                        .set(RECOMMENDATION.BODY, draft.body())
                        .set(RECOMMENDATION.OWNER, draft.owner())
                        .set(RECOMMENDATION.PRIORITY, draft.priority())
                        .set(RECOMMENDATION.MILESTONE, draft.milestone())
                        .set(RECOMMENDATION.SOURCE_DOCUMENT, draft.source().document())
                        .set(RECOMMENDATION.SOURCE_PAGE, draft.source().page())
                        .set(RECOMMENDATION.NOTES, draft.notes())
                        .set(RECOMMENDATION.SUMMARY_ONLY, draft.summaryOnly())
                        .set(RECOMMENDATION.VERSION, RECOMMENDATION.VERSION.plus(1))
                        .set(RECOMMENDATION.UPDATED_AT, now)
                        .where(RECOMMENDATION.UUID.eq(uuid))
                        .and(RECOMMENDATION.VERSION.eq(expectedVersion))
                        .and(RECOMMENDATION.DELETED_AT.isNull())
                        .execute()
                == 1;
    }

    public boolean markDeleted(Transaction tx, UUID uuid, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        return dsl.update(RECOMMENDATION)
                        .set(RECOMMENDATION.DELETED_AT, now)
                        .set(RECOMMENDATION.VERSION, RECOMMENDATION.VERSION.plus(1))
                        .set(RECOMMENDATION.UPDATED_AT, now)
                        .where(RECOMMENDATION.UUID.eq(uuid))
                        .and(RECOMMENDATION.DELETED_AT.isNull())
                        .execute()
                == 1;
    }

    public boolean restore(Transaction tx, UUID uuid, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        return dsl.update(RECOMMENDATION)
                        .setNull(RECOMMENDATION.DELETED_AT)
                        .set(RECOMMENDATION.VERSION, RECOMMENDATION.VERSION.plus(1))
                        .set(RECOMMENDATION.UPDATED_AT, now)
                        .where(RECOMMENDATION.UUID.eq(uuid))
                        .and(RECOMMENDATION.DELETED_AT.isNotNull())
                        .execute()
                == 1;
    }

    private static SelectOnConditionStep<Record> joined(DSLContext dsl) {
        return dsl.select(RECOMMENDATION.fields())
                .select(REVIEW.CODE, THEME.NAME)
                .from(RECOMMENDATION)
                .join(REVIEW)
                .on(REVIEW.ID.eq(RECOMMENDATION.REVIEW_ID))
                .leftJoin(THEME)
                .on(THEME.ID.eq(RECOMMENDATION.THEME_ID));
    }

    private static Recommendation toRecommendation(Record row) {
        return new Recommendation(
                row.get(RECOMMENDATION.ID),
                row.get(RECOMMENDATION.UUID),
                row.get(RECOMMENDATION.REVIEW_ID),
                row.get(REVIEW.CODE),
                row.get(RECOMMENDATION.NUMBER),
                row.get(RECOMMENDATION.POSITION),
                row.get(THEME.NAME),
                row.get(RECOMMENDATION.TITLE),
                row.get(RECOMMENDATION.BODY),
                row.get(RECOMMENDATION.OWNER),
                row.get(RECOMMENDATION.PRIORITY),
                row.get(RECOMMENDATION.MILESTONE),
                new SourceReference(row.get(RECOMMENDATION.SOURCE_DOCUMENT), row.get(RECOMMENDATION.SOURCE_PAGE)),
                row.get(RECOMMENDATION.NOTES),
                row.get(RECOMMENDATION.SUMMARY_ONLY),
                row.get(RECOMMENDATION.VERSION),
                row.get(RECOMMENDATION.UPDATED_AT));
    }
}
