package org.stocktake.app.cli;

import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;

/** Finds the recommendation a command names as {@code REVIEW:NUMBER}, e.g. {@code kerslake-2014:5}. */
final class RecommendationChoice {

    private RecommendationChoice() {}

    /**
     * @throws ValidationException if the text is not of the form REVIEW:NUMBER
     * @throws NotFoundException naming what there is, when the review or the number is unknown
     */
    static long id(String typed, RecommendationService recommendations) {
        int colon = typed.lastIndexOf(':');
        if (colon <= 0 || colon == typed.length() - 1) {
            throw new ValidationException(
                    "'" + TerminalText.escape(typed)
                            + "' does not name a recommendation; write the review's code and the number, e.g. kerslake-2014:5.");
        }
        Review review = ReviewChoice.named(typed.substring(0, colon).strip(), recommendations.reviews());
        String number = typed.substring(colon + 1).strip();
        return recommendations.recommendations(review.id()).stream()
                .filter(r -> r.number().equalsIgnoreCase(number))
                .map(Recommendation::id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("The review " + TerminalText.escape(review.code())
                        + " has no recommendation " + TerminalText.escape(number) + "."));
    }
}
