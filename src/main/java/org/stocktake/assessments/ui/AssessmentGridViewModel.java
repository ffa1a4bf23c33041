package org.stocktake.assessments.ui;

import java.time.LocalDate;
import java.util.List;
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
import javafx.collections.ObservableMap;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.task.TaskRunner;

/**
 * The state behind the assessment grid: the chosen review and round, one row per recommendation, what each was given
 * in the previous round, and the edits that can be undone. Each edit is saved at once (a single row takes
 * milliseconds, so on the FX thread); loading runs on the task runner. Refusals become a status and a {@link Problem}.
 */
public final class AssessmentGridViewModel {

    private final AssessmentService assessments;
    private final GridLoader loader;
    private final ObservableList<Review> reviews = FXCollections.observableArrayList();
    private final ObjectProperty<Review> review = new SimpleObjectProperty<>();
    private final ObservableList<AssessmentRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<AssessmentRound> round = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AssessmentRound> previousRound = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RatingScale> scale = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Assessment> rows = FXCollections.observableArrayList();
    private final ObservableMap<UUID, Assessment> previous = FXCollections.observableHashMap();
    private final ObjectProperty<Assessment> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final GridEdits edits;

    public AssessmentGridViewModel(
            AssessmentService assessments,
            ScaleService scales,
            RecommendationService recommendations,
            TaskRunner tasks) {
        this.assessments = assessments;
        this.loader = new GridLoader(this, assessments, scales, recommendations, tasks);
        this.edits = new GridEdits(this, assessments);
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

    /** Reads the shown round again, e.g. after someone else changed it. */
    public void reload() {
        if (round.get() != null) {
            loader.loadRound(round.get());
        }
    }

    private void roundChosen(AssessmentRound old, AssessmentRound now) {
        readOnly.set(now == null || now.isFinal());
        banner.set(now == null || !now.isFinal() ? "" : RoundText.finalBanner(now));
        if (now == null) {
            rows.clear();
            previous.clear();
            previousRound.set(null);
        } else if (old == null || old.id() != now.id()) {
            loader.loadRound(now);
        }
    }

    private String progressText() {
        if (round.get() == null) {
            return rounds.isEmpty() && review.get() != null ? "No rounds yet" : "";
        }
        long rated = rows.stream().filter(Assessment::isRated).count();
        return rated + " of " + rows.size() + " assessed";
    }

    /** The assessment the recommendation had in the previous round, or null. */
    public Assessment previousOf(Assessment row) {
        return previous.get(row.recommendationUuid());
    }

    /** Whether the row's rating or direction moved since the previous round. */
    public boolean changedSincePrevious(Assessment row) {
        return previousRound.get() != null && RoundComparison.changed(row, previousOf(row));
    }

    /** The tooltip for a changed row; empty when it has not changed. */
    public String changeDescription(Assessment row) {
        return changedSincePrevious(row) ? RoundComparison.describe(row, previousOf(row), previousRound.get()) : "";
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
     * Opens a draft round of the chosen review, copying forward {@code copyFrom}'s assessments when given, and shows it.
     *
     * @throws org.stocktake.shared.ValidationException with the problems; nothing is written
     */
    public AssessmentRound createRound(String title, LocalDate heldOn, AssessmentRound copyFrom) {
        long reviewId = review.get() == null ? 0 : review.get().id();
        AssessmentRound created = assessments.createRound(
                new RoundDraft(reviewId, title, heldOn), copyFrom == null ? null : copyFrom.id());
        rounds.add(created);
        rounds.sort(RoundComparison.BY_DATE);
        round.set(created);
        status.set("Opened '" + created.title() + "'"
                + (copyFrom == null ? "." : ", copied forward from '" + copyFrom.title() + "'."));
        return created;
    }

    /** Makes the shown round final; its edits can no longer be undone, so the undo history is cleared. */
    public boolean finaliseRound() {
        AssessmentRound current = round.get();
        try {
            AssessmentRound done = assessments.finalise(current.id());
            rounds.set(rounds.indexOf(current), done);
            round.set(done);
            edits.undoStack().clear();
            status.set("'" + done.title() + "' is final. Changes to it are now recorded as corrections.");
            return true;
        } catch (RuntimeException e) {
            refuse("The round was not finalised", e.getMessage(), null);
            return false;
        }
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

    void loaded(AssessmentRound before, List<Assessment> now, List<Assessment> then) {
        previousRound.set(before);
        previous.clear();
        then.forEach(a -> previous.put(a.recommendationUuid(), a));
        selected.set(null);
        rows.setAll(now);
        progress.set(progressText());
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

    public ReadOnlyObjectProperty<AssessmentRound> previousRoundProperty() {
        return previousRound.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RatingScale> scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ObservableList<Assessment> rows() {
        return rows;
    }

    public ObservableMap<UUID, Assessment> previous() {
        return previous;
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

    /** Typing into the rows, with undo. */
    public GridEdits edits() {
        return edits;
    }
}
