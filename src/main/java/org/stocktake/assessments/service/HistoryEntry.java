package org.stocktake.assessments.service;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a recommendation was given in one round as first recorded, with any corrections made after the round was final;
 * the {@code current} methods give the values as they now stand.
 */
public record HistoryEntry(
        AssessmentRound round,
        RatingLevel level,
        Direction direction,
        String commentary,
        String assessor,
        OffsetDateTime assessedAt,
        List<Correction> corrections) {

    public RatingLevel currentLevel() {
        return corrections.isEmpty()
                ? level
                : corrections.get(corrections.size() - 1).level();
    }

    public Direction currentDirection() {
        return corrections.isEmpty()
                ? direction
                : corrections.get(corrections.size() - 1).direction();
    }

    public String currentCommentary() {
        return corrections.isEmpty()
                ? commentary
                : corrections.get(corrections.size() - 1).commentary();
    }

    /** A change to a final round's assessment: a new, attributed entry beside the original. */
    public record Correction(
            RatingLevel level,
            Direction direction,
            String commentary,
            String reason,
            String correctedBy,
            OffsetDateTime correctedAt) {}
}
