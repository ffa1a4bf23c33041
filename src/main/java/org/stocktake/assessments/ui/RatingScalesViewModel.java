package org.stocktake.assessments.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.assessments.service.ScaleDraft;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;

/**
 * The rating scales window's state: every scale, the one being looked at, and which scale a chosen review is rated on.
 * Scales are few and small, so they are read on the calling thread.
 */
final class RatingScalesViewModel {

    private final ScaleService scales;
    private final RecommendationService recommendations;
    private final ObservableList<RatingScale> all = FXCollections.observableArrayList();
    private final ObservableList<Review> reviews = FXCollections.observableArrayList();
    private final ObjectProperty<RatingScale> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Review> review = new SimpleObjectProperty<>(this, "review");
    private final ObjectProperty<RatingScale> choice = new SimpleObjectProperty<>(this, "choice");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    RatingScalesViewModel(ScaleService scales, RecommendationService recommendations) {
        this.scales = scales;
        this.recommendations = recommendations;
        review.addListener((obs, old, now) -> showScaleOf(now));
    }

    /** Reads the scales and reviews afresh, keeping the selections where they still exist. */
    void load() {
        RatingScale wasSelected = selected.get();
        all.setAll(scales.scales());
        reviews.setAll(recommendations.reviews());
        selected.set(wasSelected == null ? first(all) : byCode(wasSelected.code()));
        if (review.get() == null) {
            review.set(first(reviews));
        }
    }

    /**
     * Saves a new scale and selects it.
     *
     * @throws ValidationException with the problems if it is refused
     */
    RatingScale create(ScaleDraft draft) {
        RatingScale created = scales.create(draft);
        load();
        selected.set(byCode(created.code()));
        status.set("Added the scale '" + created.name() + "'.");
        return created;
    }

    /** Rates the chosen review on the chosen scale; a refusal is put in the status and changes nothing. */
    void useForReview() {
        Review r = review.get();
        RatingScale s = choice.get();
        if (r == null || s == null) {
            status.set("Choose a review and a scale.");
            return;
        }
        try {
            scales.useForReview(r.id(), s.code());
            status.set(r.label() + " is now rated on '" + s.name() + "'.");
        } catch (ValidationException refused) {
            status.set(String.join(" ", refused.problems()));
            showScale(r);
        } catch (NotFoundException gone) {
            status.set(gone.getMessage());
        }
    }

    private void showScaleOf(Review r) {
        if (r == null) {
            choice.set(null);
            return;
        }
        showScale(r);
        status.set(r.label() + " is rated on '" + choice.get().name() + "'.");
    }

    private void showScale(Review r) {
        choice.set(byCode(scales.scaleForReview(r.id()).code()));
    }

    private RatingScale byCode(String code) {
        return all.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    private static <T> T first(List<T> items) {
        return items.isEmpty() ? null : items.get(0);
    }

    ObservableList<RatingScale> scales() {
        return all;
    }

    ObservableList<Review> reviews() {
        return reviews;
    }

    ObjectProperty<RatingScale> selectedProperty() {
        return selected;
    }

    ObjectProperty<Review> reviewProperty() {
        return review;
    }

    ObjectProperty<RatingScale> choiceProperty() {
        return choice;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
