package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.letters.document.Block;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.shared.NotFoundException;

/** A recommendation's ratings told round by round. */
class HistoryParagraphTest {

    @TempDir
    Path temp;

    private DraftingFixture demo;

    @BeforeEach
    void open() {
        demo = new DraftingFixture(temp);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private String historyOf(UUID recommendation) {
        return DraftingFixture.text(
                demo.drafting.recommendationHistory(recommendation).blocks());
    }

    @Test
    void theRatingsAreToldOldestRoundFirst() {
        assertThat(historyOf(demo.recommendation("5")))
                .isEqualTo("Recommendation 5 (A credible plan to balance the budget to 2018/19) was rated limited in"
                        + " the Interim assessment of 5 November 2015, limited again in the Twelve-month assessment"
                        + " of 11 January 2016 and some progress in the March assessment of 15 March 2016.");
    }

    @Test
    void aCorrectionReadsAsItNowStandsSayingWhatItWas() {
        long twelveMonth = demo.round("Twelve-month assessment").id();
        demo.context
                .assessments()
                .correct(twelveMonth, demo.recommendation("5"), new AssessmentDraft("S", null, null), "Misread");

        assertThat(historyOf(demo.recommendation("5")))
                .contains("some progress (corrected from limited) in the Twelve-month assessment of 11 January 2016"
                        + " and some progress again in the March assessment");
    }

    @Test
    void aRecommendationNeverRatedSaysSo() {
        Recommendation added = demo.context
                .recommendations()
                .create(new RecommendationDraft(
                        demo.kerslake.id(), "12", null, "A new point", null, null, null, null, null, null, false));

        assertThat(demo.drafting.recommendationHistory(added.uuid()).blocks())
                .extracting(Block::plainText)
                .containsExactly("Recommendation 12 (A new point) has not yet been rated in any round.");
    }

    @Test
    void anUnknownRecommendationIsOnePlainSentence() {
        assertThatThrownBy(() -> demo.drafting.recommendationHistory(UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("That recommendation no longer exists.");
    }
}
