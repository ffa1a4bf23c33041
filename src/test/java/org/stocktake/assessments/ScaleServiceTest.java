package org.stocktake.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.LevelDraft;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.assessments.service.ScaleDraft;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.ValidationException;
import org.stocktake.testing.TestWorkspaces;

class ScaleServiceTest {

    @TempDir
    Path temp;

    private AppContext context;
    private ScaleService scales;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(temp, Clock.systemUTC());
        scales = context.scales();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static ScaleDraft fourStep() {
        return new ScaleDraft(
                "four-step",
                "Four step",
                "Our own",
                List.of(
                        new LevelDraft("1", "Poor", "Serious concern", "#b71c1c", true),
                        new LevelDraft("2", "Fair", null, "#EF6C00", true),
                        new LevelDraft("3", "Good", null, "#7CB342", true),
                        new LevelDraft("4", "Excellent", null, "#1B5E20", true)));
    }

    @Test
    void theBuiltInScalesAreThereOnceWithTheirLevelsInOrder() {
        scales.ensureBuiltIns();
        assertThat(scales.scales())
                .extracting(RatingScale::code)
                .containsExactlyInAnyOrder("rag", "progress", "priority");
        assertThat(scales.scale("rag").levels())
                .extracting(RatingLevel::label)
                .containsExactly("Red", "Amber", "Green", "Complete", "Not assessed");
        assertThat(scales.scale("rag").level("N").orElseThrow().countsAsRated()).isFalse();
        assertThat(scales.scale("progress").levels())
                .extracting(RatingLevel::label)
                .containsExactly("Not started", "Limited", "Some progress", "Good progress", "Achieved and embedded");
        assertThat(scales.scale("priority").levels())
                .extracting(RatingLevel::code)
                .containsExactly("H", "M", "L");
    }

    @Test
    void aUsersOwnScaleIsStoredWithItsOrderColoursAndMeanings() {
        RatingScale created = scales.create(fourStep());
        assertThat(created.builtIn()).isFalse();
        assertThat(created.levels()).extracting(RatingLevel::code).containsExactly("1", "2", "3", "4");
        assertThat(created.levels().get(0).colour()).isEqualTo("#B71C1C");
        assertThat(created.levels().get(0).meaning()).isEqualTo("Serious concern");
        assertThat(created.matching("e")).extracting(RatingLevel::label).containsExactly("Excellent");
        assertThat(scales.scale("four-step")).isEqualTo(created);
    }

    @Test
    void anInvalidScaleIsRefusedWithEveryReasonAndNothingIsStored() {
        ScaleDraft bad = new ScaleDraft(
                "Bad Code",
                " ",
                null,
                List.of(
                        new LevelDraft("R", "Red", null, "red", false),
                        new LevelDraft("r", "Red", null, "#FF0000", false)));
        assertThatThrownBy(() -> scales.create(bad))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .containsExactly(
                                "The scale's short code must be lower-case letters, digits and hyphens (e.g. rag).",
                                "The scale needs a name.",
                                "Level 1 needs a colour written as #RRGGBB.",
                                "Level 2 repeats the code r.",
                                "Level 2 repeats the label 'Red'.",
                                "At least one level must count as a rating."));
        assertThatThrownBy(() -> scales.create(new ScaleDraft(
                        "one", "One", null, List.of(new LevelDraft("A", "Only", null, "#000000", true)))))
                .hasMessageContaining("at least two levels");
        assertThat(scales.scales()).hasSize(3);
    }

    @Test
    void aScaleCodeIsUnique() {
        scales.create(fourStep());
        assertThatThrownBy(() -> scales.create(fourStep())).hasMessageContaining("already exists");
    }

    @Test
    void eachReviewIsRatedOnItsOwnScaleAndTheDefaultIsProgress() {
        long review = context.recommendations()
                .createReview(new ReviewDraft("audit-2019", "Auditor's recommendations", null, null, null))
                .id();
        assertThat(scales.scaleForReview(review).code()).isEqualTo(ScaleService.DEFAULT_SCALE);
        scales.useForReview(review, "priority");
        assertThat(scales.scaleForReview(review).code()).isEqualTo("priority");

        context.recommendations()
                .create(new RecommendationDraft(
                        review, "1", null, "Set a balanced budget", null, null, null, null, null, null, false));
        AssessmentRound round =
                context.assessments().createRound(new RoundDraft(review, "First", LocalDate.of(2019, 6, 1)), null);
        var row = context.assessments().assessments(round.id()).get(0);
        context.assessments().save(round.id(), row.recommendationUuid(), 0, new AssessmentDraft("H", null, null));
        assertThatThrownBy(() -> scales.useForReview(review, "rag"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already has ratings on another scale");
        assertThat(scales.scaleForReview(review).code()).isEqualTo("priority");
    }
}
