package org.stocktake.recommendations.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.REVIEW;
import static org.stocktake.shared.persistence.jooq.Tables.THEME;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.shared.persistence.jooq.tables.records.ReviewRecord;

/** Reviews and their themes. Every method runs in the caller's context, so it joins the caller's transaction. */
public final class ReviewRepository {

    public List<Review> all(Transaction tx) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(REVIEW)
                .orderBy(REVIEW.PUBLISHED_ON.asc().nullsLast(), REVIEW.TITLE)
                .fetch(ReviewRepository::toReview);
    }

    public Optional<Review> byCode(Transaction tx, String code) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(REVIEW).where(REVIEW.CODE.eq(code)).fetchOptional(ReviewRepository::toReview);
    }

    public Optional<Review> byId(Transaction tx, long id) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(REVIEW).where(REVIEW.ID.eq(id)).fetchOptional(ReviewRepository::toReview);
    }

    public Review insert(Transaction tx, ReviewDraft draft, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        ReviewRecord row = dsl.newRecord(REVIEW);
        row.setUuid(UUID.randomUUID());
        row.setCode(draft.code());
        row.setTitle(draft.title().strip());
        row.setAuthor(draft.author());
        row.setPublishedOn(draft.publishedOn());
        row.setSourceDocument(draft.sourceDocument());
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.store();
        return toReview(row);
    }

    /**
     * The theme's id in the review, adding the theme after the existing ones when it is new.
     *
     * @throws org.stocktake.shared.ValidationException if another writer added the same new theme at the same time
     */
    public long themeId(Transaction tx, long reviewId, String name) {
        DSLContext dsl = tx.jooq();
        Long existing = dsl.select(THEME.ID)
                .from(THEME)
                .where(THEME.REVIEW_ID.eq(reviewId).and(THEME.NAME.eq(name)))
                .fetchOne(THEME.ID);
        if (existing != null) {
            return existing;
        }
        Integer last = dsl.select(DSL.max(THEME.POSITION))
                .from(THEME)
                .where(THEME.REVIEW_ID.eq(reviewId))
                .fetchOne(0, Integer.class);
        var insert = dsl.insertInto(THEME)
                .set(THEME.UUID, UUID.randomUUID())
                .set(THEME.REVIEW_ID, reviewId)
                .set(THEME.NAME, name)
                .set(THEME.POSITION, last == null ? 1 : last + 1)
                .returning(THEME.ID);
        return UniqueConstraint.enforce(
                        UniqueConstraint.THEME_NAME,
                        "Someone else added the theme '" + name + "' at the same moment. Save again to use it.",
                        insert::fetchOne)
                .getId();
    }

    /** The review's theme names in their order. */
    public List<String> themes(Transaction tx, long reviewId) {
        DSLContext dsl = tx.jooq();
        return dsl.select(THEME.NAME)
                .from(THEME)
                .where(THEME.REVIEW_ID.eq(reviewId))
                .orderBy(THEME.POSITION)
                .fetch(THEME.NAME);
    }

    static Review toReview(ReviewRecord row) {
        return new Review(
                row.getId(),
                row.getUuid(),
                row.getCode(),
                row.getTitle(),
                row.getAuthor(),
                row.getPublishedOn(),
                row.getSourceDocument());
    }
}
