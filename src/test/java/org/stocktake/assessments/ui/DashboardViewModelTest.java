package org.stocktake.assessments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Dashboard;
import org.stocktake.assessments.service.Direction;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.task.BackgroundJob;
import org.stocktake.shared.task.SameThreadTaskRunner;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.testing.TestWorkspaces;

/** The dashboard's state over the demo workspace: Kerslake's three rounds on the progress scale. */
class DashboardViewModelTest {

    private static final String DEMO_REVIEW = "kerslake-2014";

    @TempDir
    Path temp;

    private AppContext context;
    private DashboardViewModel model;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(temp, Clock.systemUTC());
        model = new DashboardViewModel(context.dashboards(), context.recommendations(), new SameThreadTaskRunner());
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private DashboardViewModel.Series series(String name) {
        return model.series().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No series " + name));
    }

    @Test
    void whileTheWorkspaceIsStillBeingReadTheDashboardSaysItIsLoadingNotThatItIsEmpty() {
        List<Runnable> held = new java.util.ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(
                    String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                held.add(() -> new SameThreadTaskRunner().run(title, job, onSuccess, onFailure));
            }
        };
        DashboardViewModel loading = new DashboardViewModel(context.dashboards(), context.recommendations(), later);

        loading.load();

        assertThat(loading.loadingProperty().get()).isTrue();
        assertThat(loading.emptyMessageProperty().get()).isEqualTo("Loading the dashboard…");
        assertThat(loading.hasRoundsProperty().get()).isFalse();
        held.forEach(Runnable::run);
        assertThat(loading.loadingProperty().get()).isFalse();
        assertThat(loading.emptyMessageProperty().get()).isEmpty();
        assertThat(loading.hasRoundsProperty().get()).isTrue();
    }

    @Test
    void theChartHasABarPerRoundAndASeriesPerLevelInTheLevelsColours() {
        assertThat(model.reviewProperty().get().code()).isEqualTo(DEMO_REVIEW);
        assertThat(model.columns())
                .extracting(DashboardViewModel.Column::label)
                .containsExactly(
                        "Interim assessment\n5 Nov 2015",
                        "Twelve-month assessment\n11 Jan 2016",
                        "March assessment\n15 Mar 2016");
        assertThat(model.series())
                .extracting(DashboardViewModel.Series::name)
                .containsExactly(
                        "Not started",
                        "Limited",
                        "Some progress",
                        "Good progress",
                        "Achieved and embedded",
                        DashboardViewModel.NOT_ASSESSED);
        assertThat(series("Not started").counts()).containsExactly(2, 0, 0);
        assertThat(series("Limited").counts()).containsExactly(5, 5, 2);
        assertThat(series("Some progress").counts()).containsExactly(3, 4, 2);
        assertThat(series("Good progress").counts()).containsExactly(1, 2, 3);
        assertThat(series("Achieved and embedded").counts()).containsExactly(0, 0, 0);
        assertThat(series(DashboardViewModel.NOT_ASSESSED).counts()).containsExactly(0, 0, 4);
        assertThat(series("Limited").colour())
                .as("the colour comes from the scale's level")
                .isEqualTo(series("Limited").level().colour())
                .isEqualTo("#EF6C00");
        assertThat(series(DashboardViewModel.NOT_ASSESSED).colour())
                .as("the progress scale has no filler level of its own, so the chart's neutral grey is used")
                .isNull();
        assertThat(model.hasRoundsProperty().get()).isTrue();
        assertThat(model.emptyMessageProperty().get()).isEmpty();
    }

    @Test
    void theHeatmapHasACellForEveryThemeInEveryRound() {
        assertThat(model.themes())
                .containsExactly(
                        "Leadership and strategy",
                        "Size and structure",
                        "Financial and performance management",
                        "Communities and partnership");
        assertThat(model.heat()).hasSize(12);
        assertThat(model.heat())
                .extracting(e -> e.row() + "," + e.column())
                .containsExactlyInAnyOrder(
                        "0,0", "0,1", "0,2", "1,0", "1,1", "1,2", "2,0", "2,1", "2,2", "3,0", "3,1", "3,2");
        DashboardViewModel.HeatEntry leadershipInterim = entry("Leadership and strategy", 0);
        assertThat(leadershipInterim.typical().code())
                .as("G, S, L: the middle is S")
                .isEqualTo("S");
        assertThat(leadershipInterim.countText()).isEqualTo("3/3");
        DashboardViewModel.HeatEntry communitiesMarch = entry("Communities and partnership", 2);
        assertThat(communitiesMarch.typical()).as("nothing rated yet").isNull();
        assertThat(communitiesMarch.countText()).isEqualTo("0/4");
    }

    private DashboardViewModel.HeatEntry entry(String theme, int column) {
        return model.heat().stream()
                .filter(e -> e.theme().equals(theme) && e.column() == column)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void recommendationsRatedTheSameForTwoRoundsOrMoreAreNotMoving() {
        assertThat(model.unmoved())
                .extracting(Dashboard.Unmoved::number)
                .containsExactly("1", "7", "2", "3", "6", "9", "10");
        Dashboard.Unmoved seven = model.unmoved().stream()
                .filter(u -> u.number().equals("7"))
                .findFirst()
                .orElseThrow();
        assertThat(seven.level().code()).isEqualTo("L");
        assertThat(seven.rounds()).isEqualTo(3);
        assertThat(seven.since()).isEqualTo("Interim assessment");
    }

    @Test
    void theOpenRoundListsWhatItHasNotRated() {
        assertThat(model.unassessedHeadingProperty().get()).isEqualTo("Still unassessed in March assessment");
        assertThat(model.unassessed()).extracting(Assessment::number).containsExactly("8", "9", "10", "11");
    }

    @Test
    void aRatingSavedElsewhereAppearsAfterReloading() {
        AssessmentRound march = openRound();
        Assessment eight = model.unassessed().get(0);
        context.assessments()
                .save(march.id(), eight.recommendationUuid(), 0, new AssessmentDraft("G", Direction.IMPROVING, null));

        model.load();

        assertThat(model.unassessed()).extracting(Assessment::number).containsExactly("9", "10", "11");
        assertThat(series("Good progress").counts()).containsExactly(1, 2, 4);
        assertThat(series(DashboardViewModel.NOT_ASSESSED).counts()).containsExactly(0, 0, 3);
        assertThat(entry("Communities and partnership", 2).countText()).isEqualTo("1/4");
        assertThat(entry("Communities and partnership", 2).typical().code()).isEqualTo("G");
    }

    @Test
    void whenEveryRoundIsFinalTheUnassessedListSaysSo() {
        context.assessments().finalise(openRound().id());

        model.load();

        assertThat(model.unassessed()).isEmpty();
        assertThat(model.unassessedHeadingProperty().get()).isEqualTo("Still unassessed");
        assertThat(model.unassessedEmptyProperty().get()).startsWith("No round is open");
    }

    @Test
    void choosingAReviewWithoutRoundsShowsWhyThereIsNothingToChart() {
        context.recommendations().createReview(new ReviewDraft("empty-2024", "An empty review", null, null, null));
        model.load();
        assertThat(model.reviews()).hasSize(2);

        model.reviewProperty()
                .set(model.reviews().stream()
                        .filter(r -> r.code().equals("empty-2024"))
                        .findFirst()
                        .orElseThrow());

        assertThat(model.columns()).isEmpty();
        assertThat(model.heat()).isEmpty();
        assertThat(model.unmoved()).isEmpty();
        assertThat(model.hasRoundsProperty().get()).isFalse();
        assertThat(model.emptyMessageProperty().get()).isEqualTo("No assessment rounds yet for An empty review.");
    }

    private AssessmentRound openRound() {
        long review = context.recommendations().review(DEMO_REVIEW).id();
        List<AssessmentRound> rounds = context.assessments().rounds(review);
        return rounds.stream().filter(r -> !r.isFinal()).findFirst().orElseThrow();
    }
}
