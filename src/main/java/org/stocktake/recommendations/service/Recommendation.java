package org.stocktake.recommendations.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One recommendation of a review as stored. {@code uuid} is its stable identity (letters cite it, exchange matches on
 * it); {@code version} rises with every saved edit.
 */
public record Recommendation(
        long id,
        UUID uuid,
        long reviewId,
        String reviewCode,
        String number,
        int position,
        String theme,
        String title,
        String body,
        String owner,
        String priority,
        LocalDate milestone,
        SourceReference source,
        String notes,
        boolean summaryOnly,
        int version,
        OffsetDateTime updatedAt) {

    /** The editable part of this recommendation, e.g. to start an edit or to undo one. */
    public RecommendationDraft toDraft() {
        return new RecommendationDraft(
                reviewId, number, theme, title, body, owner, priority, milestone, source, notes, summaryOnly);
    }
}
