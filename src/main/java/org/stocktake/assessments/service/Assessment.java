package org.stocktake.assessments.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recommendation's assessment in a round as it now stands (after any corrections). {@code uuid} is null and
 * {@code version} 0 while the recommendation has not been assessed in the round.
 */
public record Assessment(
        UUID uuid,
        long roundId,
        UUID recommendationUuid,
        String number,
        String title,
        String theme,
        RatingLevel level,
        Direction direction,
        String commentary,
        String assessor,
        OffsetDateTime assessedAt,
        int version,
        boolean corrected) {

    public boolean isRated() {
        return level != null && level.countsAsRated();
    }

    /** The editable part, e.g. to start an edit or to undo one. */
    public AssessmentDraft toDraft() {
        return new AssessmentDraft(level == null ? null : level.code(), direction, commentary);
    }
}
