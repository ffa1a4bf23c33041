package org.stocktake.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.stocktake.recommendations.service.Review;

/** Picks the review a command means when the user named none. */
final class ReviewChoice {

    private ReviewChoice() {}

    static String only(List<Review> reviews) {
        if (reviews.size() == 1) {
            return reviews.get(0).code();
        }
        if (reviews.isEmpty()) {
            throw new IllegalArgumentException("The workspace has no reviews yet.");
        }
        String codes = reviews.stream().map(Review::code).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("There are several reviews; name one with --review (" + codes + ").");
    }
}
