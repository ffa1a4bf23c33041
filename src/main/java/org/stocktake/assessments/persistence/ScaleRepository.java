package org.stocktake.assessments.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.RATING_LEVEL;
import static org.stocktake.shared.persistence.jooq.Tables.RATING_SCALE;
import static org.stocktake.shared.persistence.jooq.Tables.REVIEW;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.stocktake.assessments.service.LevelDraft;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.assessments.service.ScaleDraft;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.shared.persistence.jooq.tables.records.RatingScaleRecord;

/** Rating scales and their levels. Every method joins the caller's transaction. */
public final class ScaleRepository {

    public List<RatingScale> all(Transaction tx) {
        DSLContext dsl = tx.jooq();
        Map<Long, List<RatingLevel>> levels =
                dsl.selectFrom(RATING_LEVEL).orderBy(RATING_LEVEL.SCALE_ID, RATING_LEVEL.POSITION).fetch().stream()
                        .collect(Collectors.groupingBy(
                                r -> r.getScaleId(),
                                Collectors.mapping(
                                        r -> new RatingLevel(
                                                r.getId(),
                                                r.getUuid(),
                                                r.getCode(),
                                                r.getLabel(),
                                                r.getMeaning(),
                                                r.getColour(),
                                                r.getPosition(),
                                                r.getCountsAsRated()),
                                        Collectors.toList())));
        return dsl.selectFrom(RATING_SCALE)
                .orderBy(RATING_SCALE.BUILT_IN.desc(), RATING_SCALE.NAME)
                .fetch(r -> toScale(r, levels.getOrDefault(r.getId(), List.of())));
    }

    public Optional<RatingScale> byCode(Transaction tx, String code) {
        DSLContext dsl = tx.jooq();
        return all(tx).stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<RatingScale> byId(Transaction tx, long id) {
        DSLContext dsl = tx.jooq();
        return all(tx).stream().filter(s -> s.id() == id).findFirst();
    }

    public long insert(Transaction tx, ScaleDraft draft, boolean builtIn, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        long id = dsl.insertInto(RATING_SCALE)
                .set(RATING_SCALE.UUID, UUID.randomUUID())
                .set(RATING_SCALE.CODE, draft.code())
                .set(RATING_SCALE.NAME, draft.name().strip())
                .set(RATING_SCALE.DESCRIPTION, draft.description())
                .set(RATING_SCALE.BUILT_IN, builtIn)
                .set(RATING_SCALE.CREATED_AT, now)
                .returning(RATING_SCALE.ID)
                .fetchOne()
                .getId();
        int position = 1;
        for (LevelDraft level : draft.levels()) {
            dsl.insertInto(RATING_LEVEL)
                    .set(RATING_LEVEL.UUID, UUID.randomUUID())
                    .set(RATING_LEVEL.SCALE_ID, id)
                    .set(RATING_LEVEL.CODE, level.code())
                    .set(RATING_LEVEL.LABEL, level.label().strip())
                    .set(RATING_LEVEL.MEANING, level.meaning())
                    .set(RATING_LEVEL.COLOUR, level.colour().toUpperCase(java.util.Locale.ROOT))
                    .set(RATING_LEVEL.POSITION, position++)
                    .set(RATING_LEVEL.COUNTS_AS_RATED, level.countsAsRated())
                    .execute();
        }
        return id;
    }

    /** The scale a review uses, when one was chosen. */
    public Optional<Long> scaleOfReview(Transaction tx, long reviewId) {
        DSLContext dsl = tx.jooq();
        return Optional.ofNullable(dsl.select(REVIEW.SCALE_ID)
                .from(REVIEW)
                .where(REVIEW.ID.eq(reviewId))
                .fetchOne(REVIEW.SCALE_ID));
    }

    public void useForReview(Transaction tx, long reviewId, long scaleId) {
        DSLContext dsl = tx.jooq();
        dsl.update(REVIEW)
                .set(REVIEW.SCALE_ID, scaleId)
                .where(REVIEW.ID.eq(reviewId))
                .execute();
    }

    private static RatingScale toScale(RatingScaleRecord r, List<RatingLevel> levels) {
        return new RatingScale(
                r.getId(), r.getUuid(), r.getCode(), r.getName(), r.getDescription(), r.getBuiltIn(), levels);
    }
}
