package org.stocktake.assessments.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A dated round of assessments of one review's recommendations. */
public record AssessmentRound(
        long id,
        UUID uuid,
        long reviewId,
        String title,
        LocalDate heldOn,
        RoundStatus status,
        String createdBy,
        OffsetDateTime createdAt,
        String finalisedBy,
        OffsetDateTime finalisedAt,
        int version) {

    public boolean isFinal() {
        return status == RoundStatus.FINAL;
    }
}
