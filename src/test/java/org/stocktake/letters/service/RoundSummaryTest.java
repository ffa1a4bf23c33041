package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Run;
import org.stocktake.letters.document.RunStyle;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.ValidationException;

/** A round told theme by theme, from the demo's three rounds and from reviews made bare on purpose. */
class RoundSummaryTest {

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

    @Test
    void aRoundIsToldThemeByThemeNamingWhatFellShort() {
        AssessmentRound round = demo.round("Twelve-month assessment");

        Insertion summary = demo.drafting.roundSummary(demo.kerslake.id(), round.id());

        List<Block> blocks = summary.blocks();
        assertThat(blocks.get(0)).isInstanceOf(Block.Heading.class);
        assertThat(blocks.get(0).plainText()).isEqualTo("Twelve-month assessment");
        assertThat(blocks.get(1).plainText())
                .isEqualTo("In the Twelve-month assessment of 11 January 2016 the Panel rated all 11 recommendations"
                        + " of The way forward.");
        assertThat(blocks)
                .extracting(Block::plainText)
                .contains(
                        "Of the three recommendations under Leadership and strategy, two were rated good progress and"
                                + " one some progress.",
                        "Both recommendations under Financial and performance management were rated limited. The two"
                                + " that fell short were recommendation 5 (A credible plan to balance the budget to"
                                + " 2018/19) and recommendation 6 (Long-term workforce plan and corporate HR).");
        assertThat(blocks).hasSize(2 + 4);
    }

    @Test
    void theReviewIsNamedInItalicsAsTheLettersDo() {
        AssessmentRound round = demo.round("Interim assessment");

        Block.Paragraph opening = (Block.Paragraph) demo.drafting
                .roundSummary(demo.kerslake.id(), round.id())
                .blocks()
                .get(1);

        assertThat(opening.runs())
                .filteredOn(run -> run.style() == RunStyle.ITALIC)
                .extracting(Run::text)
                .containsExactly("The way forward");
    }

    @Test
    void fallingShortToDifferentLevelsNamesTheLevelOfEach() {
        AssessmentRound round = demo.round("Interim assessment");

        String text = DraftingFixture.text(
                demo.drafting.roundSummary(demo.kerslake.id(), round.id()).blocks());

        assertThat(text)
                .contains("Of the four recommendations under Communities and partnership, one was rated some progress,"
                        + " two limited and one not started. The three that fell short were recommendation 8"
                        + " (Independent city leadership group and a long-term city plan), rated limited;"
                        + " recommendation 9 (Shared partnership values and partner feedback), rated limited; and"
                        + " recommendation 11 (Targeted skills and employment group), rated not started.");
    }

    @Test
    void recommendationsNotYetAssessedAreCountedApart() {
        AssessmentRound round = demo.round("March assessment");

        String text = DraftingFixture.text(
                demo.drafting.roundSummary(demo.kerslake.id(), round.id()).blocks());

        assertThat(text)
                .contains("the Panel rated seven of the 11 recommendations of The way forward; four have not yet been"
                        + " assessed.")
                .contains("None of the four recommendations under Communities and partnership has yet been assessed.");
    }

    @Test
    void aThemePartlyAssessedCountsThoseStillToDo() {
        AssessmentRound march = demo.round("March assessment");
        demo.context.assessments().save(march.id(), demo.recommendation("8"), 0, new AssessmentDraft("S", null, null));

        String text = DraftingFixture.text(
                demo.drafting.roundSummary(demo.kerslake.id(), march.id()).blocks());

        assertThat(text)
                .contains("Of the four recommendations under Communities and partnership, one was rated some progress"
                        + " and three have not yet been assessed.");
    }

    @Test
    void aRoundWithNoAssessmentsSaysSoInOneSentence() {
        AssessmentRound empty = demo.context
                .assessments()
                .createRound(new RoundDraft(demo.kerslake.id(), "Summer assessment", LocalDate.of(2016, 7, 1)), null);

        List<Block> blocks =
                demo.drafting.roundSummary(demo.kerslake.id(), empty.id()).blocks();

        assertThat(blocks)
                .extracting(Block::plainText)
                .containsExactly(
                        "Summer assessment",
                        "No recommendation of The way forward has yet been rated in the Summer assessment of 1 July"
                                + " 2016.");
    }

    @Test
    void aReviewWithNoThemesIsToldAsAWhole() {
        Review review = review("plain-2024", "A review without themes", null, null, null);
        AssessmentRound round = rate(review, "G", "G", "L");

        List<Block> blocks = demo.drafting.roundSummary(review.id(), round.id()).blocks();

        assertThat(blocks)
                .extracting(Block::plainText)
                .containsExactly(
                        "First look",
                        "In the First look of 2 February 2024 the Panel rated all three recommendations of A review"
                                + " without themes.",
                        "Of the three recommendations, two were rated good progress and one limited. The one that"
                                + " fell short was recommendation 3 (Point 3).");
    }

    @Test
    void recommendationsWithoutAThemeAreGroupedBesideThemedOnes() {
        Review review = review("mixed-2024", "Mixed", "Money", null, null);
        AssessmentRound round = rate(review, "E", "N", "S");

        String text = DraftingFixture.text(
                demo.drafting.roundSummary(review.id(), round.id()).blocks());

        assertThat(text)
                .contains("Under Money, recommendation 1 (Point 1) was rated achieved and embedded.")
                .contains("Of the two recommendations without a theme, one was rated some progress and one not"
                        + " started. The one that fell short was recommendation 2 (Point 2).");
    }

    @Test
    void aReviewWithNoRecommendationsHasNothingToReport() {
        Review review =
                demo.context.recommendations().createReview(new ReviewDraft("empty-2024", "Empty", null, null, null));
        AssessmentRound round = demo.context
                .assessments()
                .createRound(new RoundDraft(review.id(), "First look", LocalDate.of(2024, 2, 2)), null);

        List<Block> blocks = demo.drafting.roundSummary(review.id(), round.id()).blocks();

        assertThat(blocks.get(1).plainText())
                .isEqualTo("Empty has no recommendations in the register, so the First look of 2 February 2024 has"
                        + " nothing to report.");
    }

    @Test
    void aRoundOfAnotherReviewIsRefusedInOneSentence() {
        Review other = review("other-2024", "Other", "Money", "Money", "Money");

        assertThatThrownBy(() -> demo.drafting.roundSummary(
                        other.id(), demo.round("March assessment").id()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'March assessment' is a round of another review; choose one of this review's rounds.");
    }

    @Test
    void everyBlockCarriesTheOriginOfItsData() {
        AssessmentRound round = demo.round("March assessment");

        Insertion first = demo.drafting.roundSummary(demo.kerslake.id(), round.id());
        Insertion again = demo.drafting.roundSummary(demo.kerslake.id(), round.id());

        assertThat(first.origin().source()).isEqualTo("round-summary");
        assertThat(first.origin().subject()).isEqualTo(round.uuid().toString());
        assertThat(first.origin().fingerprint()).matches("[0-9a-f]{64}");
        assertThat(first.origin().insertedAt()).isEqualTo(DraftingFixture.CLOCK.instant());
        assertThat(first.blocks())
                .allSatisfy(block -> assertThat(block.origin()).isEqualTo(first.origin()));
        assertThat(first.blocks()).extracting(Block::id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(again.origin().fingerprint()).isEqualTo(first.origin().fingerprint());
    }

    private Review review(String code, String title, String... themes) {
        Review review = demo.context.recommendations().createReview(new ReviewDraft(code, title, null, null, null));
        for (int i = 0; i < themes.length; i++) {
            demo.context
                    .recommendations()
                    .create(new RecommendationDraft(
                            review.id(),
                            String.valueOf(i + 1),
                            themes[i],
                            "Point " + (i + 1),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            false));
        }
        return review;
    }

    private AssessmentRound rate(Review review, String... levels) {
        AssessmentRound round = demo.context
                .assessments()
                .createRound(new RoundDraft(review.id(), "First look", LocalDate.of(2024, 2, 2)), null);
        List<Recommendation> all = demo.context.recommendations().recommendations(review.id());
        for (int i = 0; i < levels.length; i++) {
            demo.context
                    .assessments()
                    .save(round.id(), all.get(i).uuid(), 0, new AssessmentDraft(levels[i], null, null));
        }
        return round;
    }
}
