package org.stocktake.recommendations.ui;

import javafx.util.StringConverter;
import org.stocktake.recommendations.service.Review;

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
}
