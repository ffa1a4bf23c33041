package org.stocktake.recommendations.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.RECOMMENDATION;
import static org.stocktake.shared.persistence.jooq.Tables.REVIEW;
import static org.stocktake.shared.persistence.jooq.Tables.THEME;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.SourceReference;
import org.stocktake.shared.ValidationException;
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

    /**
     * Whether a live recommendation of the review, other than {@code except}, has a number with the same
     * {@linkplain RecommendationDraft#numberKey key}. Keys are worked out here rather than in SQL, so that numbers
     * stored before they were normalised compare as they would now.
     */
    public boolean numberTaken(Transaction tx, long reviewId, String number, UUID except) {
        DSLContext dsl = tx.jooq();
        String key = RecommendationDraft.numberKey(number);
        if (key == null) {
            return false;
        }
        Condition condition = RECOMMENDATION.REVIEW_ID.eq(reviewId).and(RECOMMENDATION.DELETED_AT.isNull());
        if (except != null) {
            condition = condition.and(RECOMMENDATION.UUID.ne(except));
        }
        return dsl
                .select(RECOMMENDATION.NUMBER)
                .from(RECOMMENDATION)
                .where(condition)
                .fetch(RECOMMENDATION.NUMBER)
                .stream()
                .anyMatch(n -> key.equals(RecommendationDraft.numberKey(n)));
    }

    /** The {@linkplain RecommendationDraft#numberKey keys} of the review's live recommendations' numbers. */
    public Set<String> liveNumbers(Transaction tx, long reviewId) {
        DSLContext dsl = tx.jooq();
        Set<String> keys = new HashSet<>();
        dsl.select(RECOMMENDATION.NUMBER)
                .from(RECOMMENDATION)
                .where(RECOMMENDATION.REVIEW_ID.eq(reviewId))
                .and(RECOMMENDATION.DELETED_AT.isNull())
                .fetch(RECOMMENDATION.NUMBER)
                .forEach(n -> keys.add(RecommendationDraft.numberKey(n)));
        return keys;
    }

    public int nextPosition(Transaction tx, long reviewId) {
        DSLContext dsl = tx.jooq();
        Integer last = dsl.select(DSL.max(RECOMMENDATION.POSITION))
                .from(RECOMMENDATION)
                .where(RECOMMENDATION.REVIEW_ID.eq(reviewId))
                .fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    /**
     * @throws ValidationException if a live recommendation of the review has the number: the database's unique
     *     constraint refused the row
     */
    public UUID insert(Transaction tx, RecommendationDraft draft, Long themeId, int position, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        UUID uuid = UUID.randomUUID();
        var insert = dsl.insertInto(RECOMMENDATION)
                .set(RECOMMENDATION.UUID, uuid)
                .set(RECOMMENDATION.REVIEW_ID, draft.reviewId())
                .set(RECOMMENDATION.THEME_ID, themeId)
                .set(RECOMMENDATION.NUMBER, draft.number())
                .set(RECOMMENDATION.LIVE_NUMBER, draft.numberKey())
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
                .set(RECOMMENDATION.UPDATED_AT, now);
        UniqueConstraint.enforce(UniqueConstraint.LIVE_NUMBER, taken(draft.number()), insert::execute);
        return uuid;
    }

    /**
     * Writes the draft over the live row if it is still at {@code expectedVersion}; false when it is not.
     *
     * @throws ValidationException if another live recommendation of the review has the number
     */
    public boolean update(
            Transaction tx,
            UUID uuid,
            int expectedVersion,
            RecommendationDraft draft,
            Long themeId,
            OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        var update = dsl.update(RECOMMENDATION)
                .set(RECOMMENDATION.THEME_ID, themeId)
                .set(RECOMMENDATION.NUMBER, draft.number())
                .set(RECOMMENDATION.LIVE_NUMBER, draft.numberKey())
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
                .and(RECOMMENDATION.DELETED_AT.isNull());
        return UniqueConstraint.enforce(UniqueConstraint.LIVE_NUMBER, taken(draft.number()), update::execute) == 1;
    }

    /** Marks the live row deleted, freeing its number; false when it was not live. */
    public boolean markDeleted(Transaction tx, UUID uuid, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        return dsl.update(RECOMMENDATION)
                        .set(RECOMMENDATION.DELETED_AT, now)
                        .setNull(RECOMMENDATION.LIVE_NUMBER)
                        .set(RECOMMENDATION.VERSION, RECOMMENDATION.VERSION.plus(1))
                        .set(RECOMMENDATION.UPDATED_AT, now)
                        .where(RECOMMENDATION.UUID.eq(uuid))
                        .and(RECOMMENDATION.DELETED_AT.isNull())
                        .execute()
                == 1;
    }

    /**
     * Brings a deleted row back, taking its number again; false when it was not deleted.
     *
     * @throws ValidationException if a live recommendation of the review has the number meanwhile
     */
    public boolean restore(Transaction tx, UUID uuid, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        String number = dsl.select(RECOMMENDATION.NUMBER)
                .from(RECOMMENDATION)
                .where(RECOMMENDATION.UUID.eq(uuid))
                .fetchOne(RECOMMENDATION.NUMBER);
        if (number == null) {
            return false;
        }
        var restore = dsl.update(RECOMMENDATION)
                .setNull(RECOMMENDATION.DELETED_AT)
                .set(RECOMMENDATION.LIVE_NUMBER, RecommendationDraft.numberKey(number))
                .set(RECOMMENDATION.VERSION, RECOMMENDATION.VERSION.plus(1))
                .set(RECOMMENDATION.UPDATED_AT, now)
                .where(RECOMMENDATION.UUID.eq(uuid))
                .and(RECOMMENDATION.DELETED_AT.isNotNull());
        return UniqueConstraint.enforce(UniqueConstraint.LIVE_NUMBER, taken(number), restore::execute) == 1;
    }

    private static String taken(String number) {
        return "Recommendation " + number + " already exists in this review.";
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
