package org.stocktake.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.stocktake.assessments.service.Dashboard;
import org.stocktake.assessments.service.DashboardService;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.testing.TestWorkspaces;

/** The dashboard's sums over a small review of its own: five recommendations, two themes, on the progress scale. */
class DashboardServiceTest {

    @TempDir
    Path temp;

    private AppContext context;
    private long reviewId;
    private List<Recommendation> recommendations;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(temp, Clock.systemUTC());
        reviewId = context.recommendations()
                .createReview(new ReviewDraft("dash-2024", "A dashboard test", null, null, null))
                .id();
        String[] themes = {"Money", "Money", "Money", "People", "People"};
        for (int i = 0; i < themes.length; i++) {
            context.recommendations()
                    .create(new RecommendationDraft(
                            reviewId,
                            String.valueOf(i + 1),
                            themes[i],
                            "Recommendation " + (i + 1),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            false));
        }
        recommendations = context.recommendations().recommendations(reviewId);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private DashboardService service() {
        return context.dashboards();
    }

    /** Opens a round and rates recommendations 1, 2, … with the level codes given (null leaves one unrated). */
    private AssessmentRound round(String title, LocalDate on, boolean finalise, String... levels) {
        AssessmentRound round = context.assessments().createRound(new RoundDraft(reviewId, title, on), null);
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] != null) {
                context.assessments()
                        .save(round.id(), recommendations.get(i).uuid(), 0, new AssessmentDraft(levels[i], null, null));
            }
        }
        if (finalise) {
            context.assessments().finalise(round.id());
        }
        return round;
    }

    @Test
    void aRatingCarriedForwardCountsAsNotAssessedUntilSomeoneConfirmsIt() {
        AssessmentRound first = round("First", LocalDate.of(2024, 1, 10), true, "L", "S", "G", null, null);
        AssessmentRound second = context.assessments()
                .createRound(new RoundDraft(reviewId, "Second", LocalDate.of(2024, 4, 10)), first.id());

        Dashboard carried = service().dashboard(reviewId);
        assertThat(carried.unassessed())
                .as("carried rows wait for someone to confirm them")
                .extracting(a -> a.number())
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(carried.rounds().get(1).unassessed()).isEqualTo(5);
        assertThat(carried.unmoved())
                .as("a carried rating has not been given again")
                .isEmpty();

        var one = context.assessments().assessments(second.id()).get(0);
        context.assessments().save(second.id(), one.recommendationUuid(), one.version(), one.toDraft());

        Dashboard confirmed = service().dashboard(reviewId);
        assertThat(confirmed.unassessed()).extracting(a -> a.number()).containsExactly("2", "3", "4", "5");
        assertThat(confirmed.rounds().get(1).unassessed()).isEqualTo(4);
        assertThat(confirmed.unmoved()).extracting(Dashboard.Unmoved::number).containsExactly("1");
        assertThat(context.assessments().history(one.recommendationUuid()))
                .as("a confirmed row is in the history, a carried one is not")
                .hasSize(2);
        assertThat(context.assessments()
                        .history(context.assessments()
                                .assessments(second.id())
                                .get(1)
                                .recommendationUuid()))
                .hasSize(1);
    }

    @Test
    void aRatingUnchangedForTwoRoundsOrMoreIsNotMoving() {
        round("First", LocalDate.of(2024, 1, 10), true, "L", "L", "N", "S", "G");
        round("Second", LocalDate.of(2024, 4, 10), true, "L", "S", "N", "S", null);
        round("Third", LocalDate.of(2024, 7, 10), true, "L", "S", "L", null, null);

        Dashboard dashboard = service().dashboard(reviewId);

        assertThat(DashboardService.UNMOVED_ROUNDS).isEqualTo(2);
        assertThat(dashboard.unmoved())
                .as("longest first; a rating changed in the latest round is moving; a gap at the end is skipped,"
                        + " and one rating alone is not a streak")
                .extracting(Dashboard.Unmoved::number, Dashboard.Unmoved::rounds, Dashboard.Unmoved::since)
                .containsExactly(tuple("1", 3, "First"), tuple("2", 2, "Second"), tuple("4", 2, "First"));
        assertThat(dashboard.unmoved().get(0).level().code()).isEqualTo("L");
    }

    @Test
    void aThemesTypicalLevelIsTheMiddleOfItsRatedLevels() {
        round("First", LocalDate.of(2024, 1, 10), true, "E", "N", "S", "G", "L");

        Dashboard dashboard = service().dashboard(reviewId);

        assertThat(dashboard.themes()).containsExactly("Money", "People");
        Dashboard.ThemeCell money = cell(dashboard, "Money");
        assertThat(money.typical().code())
                .as("N, S, E in scale order: the middle one")
                .isEqualTo("S");
        assertThat(money.rated()).isEqualTo(3);
        assertThat(money.total()).isEqualTo(3);
        assertThat(cell(dashboard, "People").typical().code())
                .as("with an even number the lower of the two middle levels (L, G), so the heatmap never flatters")
                .isEqualTo("L");
    }

    @Test
    void aThemeWithNothingRatedHasNoTypicalLevel() {
        round("First", LocalDate.of(2024, 1, 10), false, "S", null, null, null, null);

        Dashboard.ThemeCell people = cell(service().dashboard(reviewId), "People");

        assertThat(people.typical()).isNull();
        assertThat(people.rated()).isZero();
        assertThat(people.total()).isEqualTo(2);
    }

    @Test
    void withNoDraftRoundNothingIsListedAsUnassessed() {
        round("First", LocalDate.of(2024, 1, 10), true, "S", null, null, null, null);

        Dashboard dashboard = service().dashboard(reviewId);

        assertThat(dashboard.openRound()).isNull();
        assertThat(dashboard.unassessed()).isEmpty();
        assertThat(dashboard.rounds().get(0).unassessed())
                .as("the final round still counts its own gaps")
                .isEqualTo(4);
    }

    @Test
    void theLatestDraftRoundListsWhatItHasNotRated() {
        round("First", LocalDate.of(2024, 1, 10), true, "S", "S", "S", "S", "S");
        round("Second", LocalDate.of(2024, 4, 10), false, "G", null, "G", null, null);

        Dashboard dashboard = service().dashboard(reviewId);

        assertThat(dashboard.openRound().title()).isEqualTo("Second");
        assertThat(dashboard.unassessed()).extracting(a -> a.number()).containsExactly("2", "4", "5");
        Dashboard.RoundSummary second = dashboard.rounds().get(1);
        assertThat(second.unassessed()).isEqualTo(3);
        assertThat(second.counts())
                .as("every rated level of the scale is counted, in scale order, zeros included")
                .hasSize(5);
        assertThat(second.counts().keySet()).extracting(RatingLevel::code).containsExactly("N", "L", "S", "G", "E");
        assertThat(count(second, "G")).isEqualTo(2);
        assertThat(count(second, "S")).isZero();
    }

    private static int count(Dashboard.RoundSummary summary, String code) {
        return summary.counts().entrySet().stream()
                .filter(e -> e.getKey().code().equals(code))
                .mapToInt(e -> e.getValue())
                .sum();
    }

    private static Dashboard.ThemeCell cell(Dashboard dashboard, String theme) {
        return dashboard.heat().stream()
                .filter(c -> c.theme().equals(theme))
                .findFirst()
                .orElseThrow();
    }
}
