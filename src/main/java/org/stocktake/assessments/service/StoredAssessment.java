package org.stocktake.assessments.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An assessment row as stored, with its corrections oldest first; {@link #current} applies the newest one. */
public record StoredAssessment(
        long id,
        UUID uuid,
        long roundId,
        long recommendationId,
        Long levelId,
        Direction direction,
        String commentary,
        String assessor,
        OffsetDateTime assessedAt,
        int version,
        List<StoredCorrection> corrections) {

    /** A correction as stored. */
    public record StoredCorrection(
            Long levelId,
            Direction direction,
            String commentary,
            String reason,
            String correctedBy,
            OffsetDateTime correctedAt) {}

    /** Copied forward from an earlier round, and neither confirmed nor changed since. */
    public boolean isCarried() {
        return assessor == null && corrections.isEmpty();
    }

    /** The values as they now stand: the newest correction's when there is one. */
    public StoredAssessment current() {
        if (corrections.isEmpty()) {
            return this;
        }
        StoredCorrection last = corrections.get(corrections.size() - 1);
        return new StoredAssessment(
                id,
                uuid,
                roundId,
                recommendationId,
                last.levelId(),
                last.direction(),
                last.commentary(),
                last.correctedBy(),
                last.correctedAt(),
                version,
                corrections);
    }
}
