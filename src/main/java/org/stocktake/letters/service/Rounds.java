package org.stocktake.letters.service;

import java.util.List;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.NotFoundException;

/** Finds the rounds and reviews a passage names, by the ids a letter keeps. */
final class Rounds {

    private final RecommendationService recommendations;
    private final AssessmentService assessments;

    Rounds(RecommendationService recommendations, AssessmentService assessments) {
        this.recommendations = recommendations;
        this.assessments = assessments;
    }

    /** @throws NotFoundException if the round is gone */
    AssessmentRound round(String uuid) {
        return assessments.allRounds().stream()
                .filter(r -> r.uuid().toString().equals(uuid))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("The assessment round this passage was written from no"
                        + " longer exists; remove the passage or insert another."));
    }

    Review review(long reviewId) {
        return recommendations.reviews().stream()
                .filter(r -> r.id() == reviewId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("That review no longer exists."));
    }

    /** The round before this one in its review, or null for the first. */
    AssessmentRound previous(AssessmentRound round) {
        List<AssessmentRound> all = assessments.rounds(round.reviewId());
        AssessmentRound previous = null;
        for (AssessmentRound r : all) {
            if (r.id() == round.id()) {
                return previous;
            }
            previous = r;
        }
        return null;
    }
}
