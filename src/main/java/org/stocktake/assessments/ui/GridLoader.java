package org.stocktake.assessments.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.HistoryEntry;
import org.stocktake.assessments.service.ProposedRating;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.task.TaskRunner;

/**
 * Reads the grid on the task runner in three steps: the reviews, the chosen review's rounds and scale, then the chosen
 * round beside the one before it. An answer that arrives after the user chose something else is dropped.
 */
final class GridLoader {

    private record ReviewSnapshot(List<AssessmentRound> rounds, RatingScale scale) {}

    private record RoundSnapshot(
            AssessmentRound before,
            List<Assessment> now,
            List<Assessment> then,
            Map<UUID, HistoryEntry> corrected,
            List<ProposedRating> proposals) {}

    private final AssessmentGridViewModel model;
    private final AssessmentService assessments;
    private final ScaleService scales;
    private final RecommendationService recommendations;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    GridLoader(
            AssessmentGridViewModel model,
            AssessmentService assessments,
            ScaleService scales,
            RecommendationService recommendations,
            TaskRunner tasks) {
        this.model = model;
        this.assessments = assessments;
        this.scales = scales;
        this.recommendations = recommendations;
        this.tasks = tasks;
    }

    void loadReviews() {
        loading.set(true);
        tasks.run(
                "Loading reviews",
                progress -> recommendations.reviews(),
                found -> {
                    Review keep = model.reviewProperty().get();
                    if (!model.reviews().equals(found)) {
                        model.reviews().setAll(found);
                    }
                    Review pick = found.stream()
                            .filter(r -> keep != null && r.id() == keep.id())
                            .findFirst()
                            .orElse(found.isEmpty() ? null : found.get(0));
                    boolean same = pick != null && keep != null && pick.id() == keep.id();
                    model.reviewProperty().set(pick);
                    if (same) {
                        loadRounds(pick);
                    } else if (pick == null) {
                        loading.set(false);
                        model.statusMessage("There are no reviews yet: import one in Recommendations first.");
                    }
                },
                this::failed);
    }

    void loadRounds(Review review) {
        loading.set(true);
        tasks.run(
                "Loading the rounds of " + review.code(),
                progress -> new ReviewSnapshot(assessments.rounds(review.id()), scales.scaleForReview(review.id())),
                snapshot -> {
                    Review now = model.reviewProperty().get();
                    if (now == null || now.id() != review.id()) {
                        return;
                    }
                    model.scaleLoaded(snapshot.scale());
                    AssessmentRound keep = model.roundProperty().get();
                    List<AssessmentRound> sorted = snapshot.rounds().stream()
                            .sorted(RoundComparison.BY_DATE)
                            .toList();
                    if (!model.rounds().equals(sorted)) {
                        model.rounds().setAll(sorted);
                    }
                    AssessmentRound pick = sorted.stream()
                            .filter(r -> keep != null && r.id() == keep.id())
                            .findFirst()
                            .orElse(RoundComparison.latest(sorted));
                    boolean same = pick != null && keep != null && pick.id() == keep.id();
                    model.roundProperty().set(pick);
                    if (same) {
                        loadRound(pick);
                    } else if (pick == null) {
                        loading.set(false);
                    }
                },
                this::failed);
    }

    void loadRound(AssessmentRound round) {
        loading.set(true);
        List<AssessmentRound> rounds = List.copyOf(model.rounds());
        tasks.run(
                "Loading " + round.title(),
                progress -> {
                    AssessmentRound before = RoundComparison.previous(rounds, round);
                    return new RoundSnapshot(
                            before,
                            assessments.assessments(round.id()),
                            before == null ? List.of() : assessments.assessments(before.id()),
                            round.isFinal() ? assessments.corrections(round.id()) : Map.of(),
                            assessments.proposals().ofRound(round.id()));
                },
                snapshot -> {
                    AssessmentRound now = model.roundProperty().get();
                    if (now != null && now.id() == round.id()) {
                        model.loaded(snapshot.before(), snapshot.now(), snapshot.then(), snapshot.corrected());
                        model.proposalsLoaded(snapshot.proposals());
                        loading.set(false);
                    }
                },
                this::failed);
    }

    private void failed(Throwable error) {
        loading.set(false);
        model.refuse("Could not load the assessments", Failures.explain("loading the assessments", error));
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
