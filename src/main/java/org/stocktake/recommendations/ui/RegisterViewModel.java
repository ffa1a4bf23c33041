package org.stocktake.recommendations.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.undo.UndoStack;

/**
 * The state behind the recommendation register: every live recommendation, the ones the filter lets through, and the
 * selection, which is always one of those shown. Changes go through {@link RegisterEdits}; the selected
 * recommendation's history through {@link SelectionHistory}; reading runs on the task runner.
 */
public final class RegisterViewModel {

    private static final Logger LOG = Logger.getLogger(RegisterViewModel.class.getName());

    private final RecommendationService service;
    private final RecommendationInsight insight;
    private final ObservableMap<UUID, RecommendationInsight.RatingMark> latest = FXCollections.observableHashMap();
    private final TaskRunner tasks;
    private final ObservableList<Recommendation> all = FXCollections.observableArrayList();
    private final FilteredList<Recommendation> visible = new FilteredList<>(all);
    private final ObservableList<Review> reviews = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<Review> reviewFilter = new SimpleObjectProperty<>();
    private final BooleanProperty groupByTheme = new SimpleBooleanProperty(true);
    private final ObjectProperty<Recommendation> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final RegisterFilter filter = new RegisterFilter();
    private final RegisterEdits edits;
    private final SelectionHistory history;

    public RegisterViewModel(RecommendationService service, TaskRunner tasks) {
        this(service, tasks, RecommendationInsight.NONE);
    }

    public RegisterViewModel(RecommendationService service, TaskRunner tasks, RecommendationInsight insight) {
        this.service = service;
        this.tasks = tasks;
        this.insight = insight;
        this.edits = new RegisterEdits(service, this);
        this.history = new SelectionHistory(insight, tasks, selected, status::set);
        filterText.addListener((obs, old, now) -> refilter());
        reviewFilter.addListener((obs, old, now) -> refilter());
    }

    private record Snapshot(
            List<Review> reviews,
            List<Recommendation> recommendations,
            Map<UUID, RecommendationInsight.RatingMark> latest) {}

    /** Reads the register afresh from the workspace, and the selected recommendation's history with it. */
    public void load() {
        loading.set(true);
        tasks.run(
                "Loading recommendations",
                progress -> new Snapshot(service.reviews(), service.recommendations(null), insight.latestRatings()),
                snapshot -> {
                    UUID keep = selected.get() == null ? null : selected.get().uuid();
                    Review review = reviewFilter.get();
                    reviews.setAll(snapshot.reviews());
                    reviewFilter.set(
                            review == null
                                    ? null
                                    : reviews.stream()
                                            .filter(r -> r.id() == review.id())
                                            .findFirst()
                                            .orElse(null));
                    latest.clear();
                    latest.putAll(snapshot.latest());
                    all.setAll(snapshot.recommendations());
                    Recommendation again = keep == null ? null : find(keep);
                    selected.set(again != null && visible.contains(again) ? again : null);
                    history.reread();
                    loading.set(false);
                },
                error -> {
                    LOG.log(Level.WARNING, "The register could not be read", error);
                    loading.set(false);
                    status.set("The recommendations could not be read. Close and reopen the workspace to try again.");
                });
    }

    /** A selection the filter no longer shows is dropped, so no action ever reaches a row the user cannot see. */
    private void refilter() {
        Review review = reviewFilter.get();
        visible.setPredicate(filter.matching(filterText.get(), review == null ? null : review.id()));
        if (selected.get() != null && !visible.contains(selected.get())) {
            selected.set(null);
        }
    }

    /** A blank draft for a new recommendation in the review being shown (or the first review). */
    public RecommendationDraft newDraft() {
        Review review = reviewFilter.get() != null ? reviewFilter.get() : reviews.isEmpty() ? null : reviews.get(0);
        long reviewId = review == null ? 0 : review.id();
        return new RecommendationDraft(
                reviewId, suggestNumber(reviewId), null, null, null, null, null, null, null, null, false);
    }

    private String suggestNumber(long reviewId) {
        int highest = 0;
        for (Recommendation r : all) {
            if (r.reviewId() == reviewId && r.number().matches("\\d{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(r.number()));
            }
        }
        return String.valueOf(highest + 1);
    }

    /**
     * Adds a recommendation and selects it.
     *
     * @throws org.stocktake.shared.ValidationException with the problems; nothing is written
     */
    public Recommendation create(RecommendationDraft draft) {
        return edits.create(draft);
    }

    /**
     * Saves an edit of {@code original}.
     *
     * @throws org.stocktake.shared.ValidationException with the problems; nothing is written
     * @throws org.stocktake.shared.StaleEditException if it changed since it was read
     */
    public Recommendation update(Recommendation original, RecommendationDraft draft) {
        return edits.update(original, draft);
    }

    /** Deletes the selected recommendation; undo brings it back. Does nothing when none is selected. */
    public void deleteSelected() {
        if (selected.get() != null) {
            edits.delete(selected.get());
        }
    }

    /** Takes back the last change; a refusal (e.g. the number was reused) is reported, not thrown. */
    public void undo() {
        edits.undo();
    }

    public void redo() {
        edits.redo();
    }

    /** Selects the recommendation when the filter shows it. */
    void select(Recommendation recommendation) {
        selected.set(visible.contains(recommendation) ? recommendation : null);
    }

    private Recommendation find(UUID uuid) {
        return all.stream().filter(r -> r.uuid().equals(uuid)).findFirst().orElse(null);
    }

    /** The selected recommendation's history: every rating it has had, oldest round first. */
    /** Opens a document of the library that bears on a recommendation, at a page. */
    public void openEvidence(long itemId, int page) {
        insight.openEvidence(itemId, page);
    }

    public SelectionHistory history() {
        return history;
    }

    /** The newest rating of each rated recommendation, as last loaded. */
    public ObservableMap<UUID, RecommendationInsight.RatingMark> latestRatings() {
        return latest;
    }

    /** The themes already used in the review, for the editor's suggestions. */
    public List<String> themes(long reviewId) {
        return service.themes(reviewId);
    }

    public ObservableList<Recommendation> visible() {
        return visible;
    }

    public int totalCount() {
        return all.size();
    }

    public ObservableList<Recommendation> all() {
        return all;
    }

    public ObservableList<Review> reviews() {
        return reviews;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Review> reviewFilterProperty() {
        return reviewFilter;
    }

    public BooleanProperty groupByThemeProperty() {
        return groupByTheme;
    }

    public ObjectProperty<Recommendation> selectedProperty() {
        return selected;
    }

    /** Shows a message in the status bar; an empty one clears it. */
    public void statusMessage(String message) {
        status.set(message);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public UndoStack undoStack() {
        return edits.undoStack();
    }
}
