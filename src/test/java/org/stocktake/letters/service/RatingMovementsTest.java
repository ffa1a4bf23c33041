package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.RoundDraft;

/** What moved between a round and the one before it, in the demo's rounds. */
class RatingMovementsTest {

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

    private String changesIn(AssessmentRound round) {
        return DraftingFixture.text(
                demo.drafting.changesSince(demo.kerslake.id(), round.id()).blocks());
    }

    @Test
    void eachRecommendationThatRoseIsNamedWithItsOldAndNewRating() {
        String text = changesIn(demo.round("Twelve-month assessment"));

        assertThat(text)
                .startsWith("Between the Interim assessment of 5 November 2015 and the Twelve-month assessment of 11"
                        + " January 2016, five recommendations changed their ratings.")
                .contains("Recommendation 2 (Public report on implementation) rose from some progress to good"
                        + " progress.")
                .contains("Recommendation 6 (Long-term workforce plan and corporate HR) rose from not started to"
                        + " limited.")
                .doesNotContain("Recommendation 1 (");
    }

    @Test
    void aRatingThatFellIsNamedToo() {
        AssessmentRound march = demo.round("March assessment");
        Assessment first = assessmentOf(march, "1");
        demo.context
                .assessments()
                .save(
                        march.id(),
                        first.recommendationUuid(),
                        first.version(),
                        first.toDraft().withLevel("L"));

        assertThat(changesIn(march))
                .contains("three recommendations changed their ratings.")
                .contains("Recommendation 1 (Independent improvement panel) fell from good progress to limited.");
    }

    @Test
    void recommendationsNotRatedAgainAreListedByNumber() {
        assertThat(changesIn(demo.round("March assessment")))
                .endsWith("Recommendations 8, 9, 10 and 11 have not yet been rated again.");
    }

    @Test
    void noMovementIsSaidInOneSentence() {
        AssessmentRound march = demo.round("March assessment");
        AssessmentRound copy = demo.context
                .assessments()
                .createRound(
                        new RoundDraft(demo.kerslake.id(), "April assessment", LocalDate.of(2016, 4, 20)), march.id());

        assertThat(changesIn(copy))
                .isEqualTo("No recommendation changed its rating between the March assessment of 15 March 2016 and"
                        + " the April assessment of 20 April 2016.");
    }

    @Test
    void aRecommendationRatedAfterARoundWithoutARatingIsSaidSo() {
        AssessmentRound march = demo.round("March assessment");
        AssessmentRound copy = demo.context
                .assessments()
                .createRound(
                        new RoundDraft(demo.kerslake.id(), "April assessment", LocalDate.of(2016, 4, 20)), march.id());
        Assessment eight = assessmentOf(copy, "8");
        demo.context.assessments().save(copy.id(), eight.recommendationUuid(), 0, new AssessmentDraft("S", null, null));

        assertThat(changesIn(copy))
                .contains("one recommendation changed its rating.")
                .contains("Recommendation 8 (Independent city leadership group and a long-term city plan) was rated"
                        + " some progress, having had no rating in the March assessment of 15 March 2016.")
                .doesNotContain("not yet been rated again");
    }

    @Test
    void theFirstRoundHasNothingToCompare() {
        assertThat(changesIn(demo.round("Interim assessment")))
                .isEqualTo("The Interim assessment of 5 November 2015 is the first round of The way forward, so there"
                        + " is no earlier rating to compare.");
    }

    private Assessment assessmentOf(AssessmentRound round, String number) {
        return demo.context.assessments().assessments(round.id()).stream()
                .filter(a -> a.number().equals(number))
                .findFirst()
                .orElseThrow();
    }
}
