package org.stocktake.recommendations.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.stocktake.shared.undo.UndoableChange;

/**
 * The state behind the recommendation register: every live recommendation, the ones the filter lets through, the
 * selection, and the changes that can be undone. Single edits are written at once (a row takes milliseconds); loading
 * runs on the task runner.
 */
public final class RegisterViewModel {

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
    private final UndoStack undoStack = new UndoStack();

    public RegisterViewModel(RecommendationService service, TaskRunner tasks) {
        this(service, tasks, RecommendationInsight.NONE);
    }

    public RegisterViewModel(RecommendationService service, TaskRunner tasks, RecommendationInsight insight) {
        this.service = service;
        this.tasks = tasks;
        this.insight = insight;
        filterText.addListener((obs, old, now) -> refilter());
        reviewFilter.addListener((obs, old, now) -> refilter());
    }

    private record Snapshot(
            List<Review> reviews,
            List<Recommendation> recommendations,
            Map<UUID, RecommendationInsight.RatingMark> latest) {}

    /** Reads the register afresh from the workspace. */
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
                    selected.set(keep == null ? null : find(keep));
                    loading.set(false);
                },
                error -> {
                    loading.set(false);
                    status.set("Could not load the recommendations: " + error.getMessage());
                });
    }

    private void refilter() {
        Review review = reviewFilter.get();
        visible.setPredicate(filter.matching(filterText.get(), review == null ? null : review.id()));
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
        Recommendation created = service.create(draft);
        show(created);
        selected.set(created);
        done(
                RecommendationChanges.created(service, created, this::show, this::hide),
                "Added recommendation " + created.number() + ".");
        return created;
    }

    /**
     * Saves an edit of {@code original}.
     *
     * @throws org.stocktake.shared.ValidationException with the problems; nothing is written
     * @throws org.stocktake.shared.StaleEditException if it changed since it was read
     */
    public Recommendation update(Recommendation original, RecommendationDraft draft) {
        Recommendation saved = service.update(original.uuid(), original.version(), draft);
        show(saved);
        selected.set(saved);
        done(
                RecommendationChanges.edited(service, original, saved, this::show),
                "Saved edit of recommendation " + saved.number() + ".");
        return saved;
    }

    /** Deletes the recommendation; undo brings it back. */
    public void delete(Recommendation recommendation) {
        service.delete(recommendation.uuid());
        hide(recommendation.uuid());
        done(
                RecommendationChanges.deleted(service, recommendation, this::show, this::hide),
                "Deleted recommendation " + recommendation.number() + ".");
    }

    private void done(UndoableChange change, String message) {
        undoStack.done(change);
        status.set(message + " Undo with Ctrl+Z.");
    }

    /** Takes back the last change; a refusal (e.g. the number was reused) is reported, not thrown. */
    public void undo() {
        try {
            UndoableChange change = undoStack.undo();
            if (change != null) {
                status.set("Undid " + change.description() + ".");
            }
        } catch (RuntimeException e) {
            status.set("Cannot undo: " + e.getMessage());
        }
    }

    public void redo() {
        try {
            UndoableChange change = undoStack.redo();
            if (change != null) {
                status.set("Redid " + change.description() + ".");
            }
        } catch (RuntimeException e) {
            status.set("Cannot redo: " + e.getMessage());
        }
    }

    private void show(Recommendation recommendation) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).uuid().equals(recommendation.uuid())) {
                all.set(i, recommendation);
                if (selected.get() != null && selected.get().uuid().equals(recommendation.uuid())) {
                    selected.set(recommendation);
                }
                return;
            }
        }
        all.add(insertionPoint(recommendation), recommendation);
    }

    private int insertionPoint(Recommendation recommendation) {
        int at = all.size();
        for (int i = 0; i < all.size(); i++) {
            Recommendation other = all.get(i);
            if (other.reviewId() == recommendation.reviewId() && other.position() > recommendation.position()) {
                return i;
            }
            if (other.reviewId() == recommendation.reviewId()) {
                at = i + 1;
            }
        }
        return at;
    }

    private void hide(UUID uuid) {
        all.removeIf(r -> r.uuid().equals(uuid));
        if (selected.get() != null && selected.get().uuid().equals(uuid)) {
            selected.set(null);
        }
    }

    private Recommendation find(UUID uuid) {
        return all.stream().filter(r -> r.uuid().equals(uuid)).findFirst().orElse(null);
    }

    /** Every rating the recommendation has had, oldest round first. */
    public List<RecommendationInsight.TimelineItem> history(UUID recommendation) {
        return insight.history(recommendation);
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

    /** Shows a message in the status bar. */
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
        return undoStack;
    }
}
