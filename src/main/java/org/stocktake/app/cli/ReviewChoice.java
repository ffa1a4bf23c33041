package org.stocktake.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.ValidationException;

/** Picks the review a command means when the user named none. */
final class ReviewChoice {

    private ReviewChoice() {}

    /** @throws ValidationException when there is not exactly one review, naming them */
    static Review only(List<Review> reviews) {
        if (reviews.size() == 1) {
            return reviews.get(0);
        }
        if (reviews.isEmpty()) {
            throw new ValidationException("The workspace has no reviews yet; import one first.");
        }
        String codes = reviews.stream().map(r -> TerminalText.escape(r.code())).collect(Collectors.joining(", "));
        throw new ValidationException("There are several reviews; name one with --review (" + codes + ").");
    }
}
