package org.stocktake.assessments.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recommendation's assessment in a round as it now stands (after any corrections). {@code uuid} is null and
 * {@code version} 0 while the recommendation has not been assessed in the round. A row copied forward from an earlier
 * round that nobody has confirmed or changed yet is <em>carried</em>: it has the earlier values but no assessor or
 * date, because nobody has yet said they still hold.
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

    /** Whether it has a level that counts as a rating, whether given in this round or carried into it. */
    public boolean isRated() {
        return level != null && level.countsAsRated();
    }

    /** Copied forward and not yet confirmed or changed by anyone in this round. */
    public boolean isCarried() {
        return uuid != null && assessor == null;
    }

    /** Rated by someone in this round: carried ratings still wait to be confirmed, so they do not count. */
    public boolean isAssessed() {
        return isRated() && !isCarried();
    }

    /** The editable part, e.g. to start an edit or to undo one. */
    public AssessmentDraft toDraft() {
        return new AssessmentDraft(level == null ? null : level.code(), direction, commentary);
    }
}
