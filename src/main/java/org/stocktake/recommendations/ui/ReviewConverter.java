package org.stocktake.recommendations.ui;

import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.ui.ElidedText;

/** Shows a review by its label in choice boxes; "All reviews" stands for no review. */
final class ReviewConverter extends StringConverter<Review> {

    @Override
    public String toString(Review review) {
        return review == null ? "All reviews" : review.label();
    }

    @Override
    public Review fromString(String text) {
        throw new UnsupportedOperationException("Reviews are chosen, not typed.");
    }

    /** The shown choice of a review list: a long title may be cut, whole in the tooltip and in the open list. */
    static ListCell<Review> buttonCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Review item, boolean empty) {
                super.updateItem(item, empty);
                String label = empty ? null : new ReviewConverter().toString(item);
                setText(label);
                ElidedText.mark(this, label);
            }
        };
    }
}
