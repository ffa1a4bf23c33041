package org.stocktake.recommendations.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.shared.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.stocktake.shared.persistence.jooq.Tables.RECOMMENDATION;
import static org.stocktake.shared.persistence.jooq.Tables.REVIEW;
import static org.stocktake.shared.persistence.jooq.Tables.THEME;

import org.jooq.Field;
import org.junit.jupiter.api.Test;
import org.stocktake.recommendations.service.FieldLimit;
import org.stocktake.recommendations.service.RecommendationLimits;

/** The columns that store each field are exactly as wide as the limit the form, import and service check. */
class SchemaLimitsTest {

    @Test
    void everyRecommendationColumnIsAsWideAsItsLimit() {
        assertWidth(RECOMMENDATION.NUMBER, RecommendationLimits.NUMBER);
        assertWidth(THEME.NAME, RecommendationLimits.THEME);
        assertWidth(RECOMMENDATION.TITLE, RecommendationLimits.TITLE);
        assertWidth(RECOMMENDATION.BODY, RecommendationLimits.TEXT);
        assertWidth(RECOMMENDATION.OWNER, RecommendationLimits.OWNER);
        assertWidth(RECOMMENDATION.PRIORITY, RecommendationLimits.PRIORITY);
        assertWidth(RECOMMENDATION.SOURCE_DOCUMENT, RecommendationLimits.SOURCE_DOCUMENT);
        assertWidth(RECOMMENDATION.NOTES, RecommendationLimits.NOTES);
    }

    @Test
    void everyReviewColumnIsAsWideAsItsLimit() {
        assertWidth(REVIEW.CODE, RecommendationLimits.REVIEW_CODE);
        assertWidth(REVIEW.TITLE, RecommendationLimits.REVIEW_TITLE);
        assertWidth(REVIEW.AUTHOR, RecommendationLimits.REVIEW_AUTHOR);
        assertWidth(REVIEW.SOURCE_DOCUMENT, RecommendationLimits.REVIEW_SOURCE);
    }

    @Test
    void theLiveNumberHoldsAnyNumberUpperCased() {
        // Upper-casing turns one character into at most three (e.g. U+0390), so the key may be three times longer.
        assertThat(RECOMMENDATION.LIVE_NUMBER.getDataType().length())
                .isGreaterThanOrEqualTo(3 * RecommendationLimits.NUMBER.max());
    }

    @Test
    void theAuditStatesHoldARecommendationAtEveryLimit() {
        // Stored as JSON, where a quote, backslash, tab or line break takes two characters; the rest is a few hundred
        // characters of names, identifiers, dates and the review's code.
        int fields = RecommendationLimits.RECOMMENDATION.stream()
                        .mapToInt(FieldLimit::max)
                        .sum()
                + RecommendationLimits.REVIEW_CODE.max();
        int worstCase = 2 * fields + 1000;

        assertThat(AUDIT_ENTRY.BEFORE_STATE.getDataType().length()).isGreaterThanOrEqualTo(worstCase);
        assertThat(AUDIT_ENTRY.AFTER_STATE.getDataType().length()).isGreaterThanOrEqualTo(worstCase);
    }

    private static void assertWidth(Field<String> column, FieldLimit limit) {
        assertThat(column.getDataType().length()).as(column.getName()).isEqualTo(limit.max());
    }
}
