package org.stocktake.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;

/** Finds the review a command means, by its code or, when the user named none, as the only one there is. */
final class ReviewChoice {

    private ReviewChoice() {}

    /** @throws NotFoundException naming the reviews there are, when none has this code */
    static Review named(String code, List<Review> reviews) {
        return reviews.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no review with the code '"
                        + TerminalText.escape(code) + "'. "
                        + (reviews.isEmpty()
                                ? "The workspace has no reviews yet."
                                : "Reviews: " + codes(reviews) + ".")));
    }

    /** @throws ValidationException when there is not exactly one review, naming them */
    static Review only(List<Review> reviews) {
        if (reviews.size() == 1) {
            return reviews.get(0);
        }
        if (reviews.isEmpty()) {
            throw new ValidationException("The workspace has no reviews yet; import one first.");
        }
        throw new ValidationException("There are several reviews; name one with --review (" + codes(reviews) + ").");
    }

    private static String codes(List<Review> reviews) {
        return reviews.stream().map(r -> TerminalText.escape(r.code())).collect(Collectors.joining(", "));
    }
}
