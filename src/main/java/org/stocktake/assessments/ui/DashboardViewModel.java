package org.stocktake.assessments.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Dashboard;
import org.stocktake.assessments.service.DashboardService;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.task.TaskRunner;

/**
 * The state behind the dashboard: the reviews to choose from and, for the chosen one, its ratings per round, the
 * theme-by-round heatmap, what is not moving and what the open round still lacks. Loading runs on the task runner.
 */
public final class DashboardViewModel {

    static final String NOT_ASSESSED = "Not assessed";

    /** A round as the chart and heatmap name it; {@code label} is unique among the review's rounds. */
    public record Column(String title, String date, String label) {}

    /**
     * One stacked series: a rated level of the scale, or the not assessed remainder ({@code level} null), with its
     * count in each round, in round order. {@code colour} is the level's, or the scale's own filler colour or null.
     */
    public record Series(RatingLevel level, String name, String colour, List<Integer> counts) {}

    /** A theme in a round, at (row, column) of the heatmap; {@code typical} is null when nothing was rated. */
    public record HeatEntry(
            int row, int column, String theme, String round, RatingLevel typical, int rated, int total) {

        public String countText() {
            return rated + "/" + total;
        }
    }

    private record Snapshot(List<Review> reviews, Review review, Dashboard dashboard) {}

    private final DashboardService dashboards;
    private final RecommendationService recommendations;
    private final TaskRunner tasks;
    private final ObservableList<Review> reviews = FXCollections.observableArrayList();
    private final ObjectProperty<Review> review = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObservableList<Series> series = FXCollections.observableArrayList();
    private final ObservableList<String> themes = FXCollections.observableArrayList();
    private final ObservableList<HeatEntry> heat = FXCollections.observableArrayList();
    private final ObservableList<Dashboard.Unmoved> unmoved = FXCollections.observableArrayList();
    private final ObservableList<Assessment> unassessed = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unassessedHeading = new ReadOnlyStringWrapper("Still unassessed");
    private final ReadOnlyStringWrapper unassessedEmpty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("Loading the dashboard…");
    private final ReadOnlyBooleanWrapper hasRounds = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(0);
    private boolean applying;

    public DashboardViewModel(DashboardService dashboards, RecommendationService recommendations, TaskRunner tasks) {
        this.dashboards = dashboards;
        this.recommendations = recommendations;
        this.tasks = tasks;
        review.addListener((obs, old, now) -> {
            if (!applying && now != null && (old == null || old.id() != now.id())) {
                load();
            }
        });
    }

    /** Reads the reviews and the chosen review's dashboard afresh (the first review when none is chosen). */
    public void load() {
        Review wanted = review.get();
        loading.set(true);
        if (dashboard.get() == null) {
            emptyMessage.set("Loading the dashboard…");
        }
        tasks.run(
                "Loading the dashboard",
                progress -> {
                    List<Review> all = recommendations.reviews();
                    Review chosen = all.stream()
                            .filter(r -> wanted != null && r.id() == wanted.id())
                            .findFirst()
                            .orElse(all.isEmpty() ? null : all.get(0));
                    return new Snapshot(all, chosen, chosen == null ? null : dashboards.dashboard(chosen.id()));
                },
                this::apply,
                error -> {
                    loading.set(false);
                    emptyMessage.set(hasRounds.get() ? "" : "The dashboard could not be read.");
                    status.set("Could not load the dashboard. " + Failures.explain("loading the dashboard", error));
                });
    }

    private void apply(Snapshot snapshot) {
        applying = true;
        try {
            reviews.setAll(snapshot.reviews());
            review.set(snapshot.review());
        } finally {
            applying = false;
        }
        show(snapshot.dashboard());
        loading.set(false);
    }

    private void show(Dashboard d) {
        List<AssessmentRound> rounds = d == null
                ? List.of()
                : d.rounds().stream().map(Dashboard.RoundSummary::round).toList();
        columns.setAll(DashboardFigures.columns(rounds));
        series.setAll(d == null ? List.of() : DashboardFigures.series(d));
        themes.setAll(d == null ? List.of() : d.themes());
        heat.setAll(d == null ? List.of() : DashboardFigures.heat(d, rounds));
        unmoved.setAll(d == null ? List.of() : d.unmoved());
        unassessed.setAll(d == null ? List.of() : d.unassessed());
        AssessmentRound open = d == null ? null : d.openRound();
        unassessedHeading.set(open == null ? "Still unassessed" : "Still unassessed in " + open.title());
        unassessedEmpty.set(
                open == null
                        ? "No round is open: every round is final. Open a new round to start assessing."
                        : "Every recommendation has a rating in " + open.title() + ".");
        hasRounds.set(!rounds.isEmpty());
        emptyMessage.set(
                review.get() == null
                        ? "No review yet: import a review's recommendations to see its dashboard."
                        : rounds.isEmpty()
                                ? "No assessment rounds yet for " + review.get().label() + "."
                                : "");
        dashboard.set(d);
        revision.set(revision.get() + 1);
    }

    /** Shows a message beside the dashboard's buttons. */
    public void statusMessage(String message) {
        status.set(message);
    }

    public ObservableList<Review> reviews() {
        return reviews;
    }

    public ObjectProperty<Review> reviewProperty() {
        return review;
    }

    /** The dashboard last loaded; null before loading or when the workspace has no review. */
    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** Goes up after every load, once all the lists and properties above show the loaded dashboard. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObservableList<Column> columns() {
        return columns;
    }

    public ObservableList<Series> series() {
        return series;
    }

    public ObservableList<String> themes() {
        return themes;
    }

    public ObservableList<HeatEntry> heat() {
        return heat;
    }

    public ObservableList<Dashboard.Unmoved> unmoved() {
        return unmoved;
    }

    public ObservableList<Assessment> unassessed() {
        return unassessed;
    }

    public ReadOnlyStringProperty unassessedHeadingProperty() {
        return unassessedHeading.getReadOnlyProperty();
    }

    /** What the unassessed list says when it is empty: no open round, or the open round fully rated. */
    public ReadOnlyStringProperty unassessedEmptyProperty() {
        return unassessedEmpty.getReadOnlyProperty();
    }

    /** Why there is nothing to chart (no review, no rounds); empty when there is. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasRoundsProperty() {
        return hasRounds.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
