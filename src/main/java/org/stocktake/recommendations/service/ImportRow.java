package org.stocktake.recommendations.service;

import java.time.LocalDate;

/**
 * One recommendation as read from an import file, starting on physical line {@code line}. Empty values are null;
 * values that could not be read (a bad date, say) are null too, and a problem says why.
 */
public record ImportRow(
        int line,
        String number,
        String theme,
        String title,
        String text,
        String owner,
        String priority,
        LocalDate milestone,
        String sourceDocument,
        Integer sourcePage,
        boolean summary) {

    RecommendationDraft toDraft(long reviewId) {
        return new RecommendationDraft(
                reviewId,
                number,
                theme,
                title,
                text,
                owner,
                priority,
                milestone,
                new SourceReference(sourceDocument, sourcePage),
                null,
                summary);
    }
}
