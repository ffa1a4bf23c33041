package org.stocktake.assessments.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
 * The state behind the assessment grid: the chosen review and round, one row per recommendation, what each was given
 * in the previous round, a final round's corrections, and the edits that can be undone. Each edit is saved at once (a
 * single row takes milliseconds, so on the FX thread); loading, opening and finalising rounds run on the task runner
 * ({@link GridLoader}, {@link GridRounds}). Refusals become a status and a {@link Problem}.
 */
public final class AssessmentGridViewModel {

    private final GridLoader loader;
    private final GridRounds roundWork;
    private final ObservableList<Review> reviews = FXCollections.observableArrayList();
    private final ObjectProperty<Review> review = new SimpleObjectProperty<>();
    private final ObservableList<AssessmentRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<AssessmentRound> round = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RatingScale> scale = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Assessment> rows = FXCollections.observableArrayList();
    private final GridHistory history = new GridHistory();
    private final ObjectProperty<Assessment> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final GridEdits edits;
    private final GridProposals proposals;
    /** False for one whose role may not rate: every round is then read-only to them, as the service would refuse. */
    private boolean mayRate = true;

    public AssessmentGridViewModel(
            AssessmentService assessments,
            ScaleService scales,
            RecommendationService recommendations,
            TaskRunner tasks) {
        this.loader = new GridLoader(this, assessments, scales, recommendations, tasks);
        this.roundWork = new GridRounds(this, assessments, tasks);
        this.edits = new GridEdits(this, assessments);
        this.proposals = new GridProposals(this, assessments, tasks);
        review.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                loader.loadRounds(now);
            }
        });
        round.addListener((obs, old, now) -> roundChosen(old, now));
        rows.addListener((ListChangeListener<Assessment>) change -> progress.set(progressText()));
    }

    /** Reads the reviews, the chosen review's rounds and the chosen round afresh, keeping the choices. */
    public void load() {
        loader.loadReviews();
    }

    /** Keeps every round read-only, for one whose role may not rate: the window greys out what they may not do. */
    public void readOnlyForRole() {
        mayRate = false;
        readOnly.set(true);
    }

    /** Reads the shown round again, e.g. after someone else changed it. */
    public void reload() {
        if (round.get() != null) {
            loader.loadRound(round.get());
        }
    }

    private void roundChosen(AssessmentRound old, AssessmentRound now) {
        readOnly.set(now == null || now.isFinal() || !mayRate);
        banner.set(now == null || !now.isFinal() ? "" : RoundText.finalBanner(now));
        if (now == null) {
            rows.clear();
            history.clear();
            proposals.loaded(List.of());
        } else if (old == null || old.id() != now.id()) {
            loader.loadRound(now);
        }
    }

    private String progressText() {
        if (round.get() == null) {
            return rounds.isEmpty() && review.get() != null ? "No rounds yet" : "";
        }
        long assessed = rows.stream().filter(Assessment::isAssessed).count();
        long carried = rows.stream().filter(Assessment::isCarried).count();
        return assessed + " of " + rows.size() + " assessed" + (carried == 0 ? "" : ", " + carried + " carried");
    }

    /** Replaces the row of the same recommendation with {@code saved}. */
    void show(Assessment saved) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).recommendationUuid().equals(saved.recommendationUuid())) {
                rows.set(i, saved);
                if (selected.get() != null
                        && selected.get().recommendationUuid().equals(saved.recommendationUuid())) {
                    selected.set(saved);
                }
                return;
            }
        }
    }

    /**
     * Opens a draft round of the chosen review in the background, copying forward {@code copyFrom}'s assessments
     * when given, and shows it.
     *
     * @throws org.stocktake.shared.ValidationException with the problems of the title or date; nothing is started
     */
    public void createRound(String title, LocalDate heldOn, AssessmentRound copyFrom) {
        roundWork.create(title, heldOn, copyFrom);
    }

    /** Makes the shown round final in the background; its edits can then no longer be undone. */
    public void finaliseRound() {
        roundWork.finalise();
    }

    void refuse(String heading, String message) {
        refuse(heading, message, null);
    }

    void refuse(String heading, String message, String unsaved) {
        status.set(heading + ": " + message);
        problem.set(null); // the same refusal twice must still be heard
        problem.set(new Problem(heading, message, unsaved));
    }

    void statusMessage(String message) {
        status.set(message);
    }

    // What the loader fills in.

    void loaded(
            AssessmentRound before, List<Assessment> now, List<Assessment> then, Map<UUID, HistoryEntry> corrected) {
        history.show(before, then, corrected);
        selected.set(null);
        rows.setAll(now);
        progress.set(progressText());
    }

    void proposalsLoaded(List<ProposedRating> loaded) {
        proposals.loaded(loaded);
    }

    /** The shown round's proposed ratings, and accepting or dismissing them. */
    public GridProposals proposals() {
        return proposals;
    }

    void scaleLoaded(RatingScale loaded) {
        scale.set(loaded);
    }

    public ObservableList<Review> reviews() {
        return reviews;
    }

    public ObjectProperty<Review> reviewProperty() {
        return review;
    }

    public ObservableList<AssessmentRound> rounds() {
        return rounds;
    }

    public ObjectProperty<AssessmentRound> roundProperty() {
        return round;
    }

    /** What the rows are read against: the previous round and the shown round's corrections. */
    public GridHistory history() {
        return history;
    }

    public ReadOnlyObjectProperty<RatingScale> scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ObservableList<Assessment> rows() {
        return rows;
    }

    public ObjectProperty<Assessment> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loadingProperty();
    }

    /** Whether a round is being opened or finalised. */
    public ReadOnlyBooleanProperty workingProperty() {
        return roundWork.workingProperty();
    }

    /** Typing into the rows, with undo. */
    public GridEdits edits() {
        return edits;
    }
}
