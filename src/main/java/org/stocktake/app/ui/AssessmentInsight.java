package org.stocktake.app.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.HistoryEntry;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.ui.RecommendationInsight;
import org.stocktake.recommendations.ui.RecommendationInsight.Correction;

/** The register's view of the assessments: latest ratings and each recommendation's history. */
final class AssessmentInsight implements RecommendationInsight {

    private final RecommendationService recommendations;
    private final AssessmentService assessments;

    AssessmentInsight(RecommendationService recommendations, AssessmentService assessments) {
        this.recommendations = recommendations;
        this.assessments = assessments;
    }

    @Override
    public Map<UUID, RatingMark> latestRatings() {
        Map<UUID, RatingMark> marks = new HashMap<>();
        for (Review review : recommendations.reviews()) {
            assessments
                    .latest(review.id())
                    .forEach((uuid, entry) -> marks.put(
                            uuid,
                            mark(
                                    entry.currentLevel(),
                                    entry.currentDirection(),
                                    entry.round().title())));
        }
        return marks;
    }

    @Override
    public List<TimelineItem> history(UUID recommendation) {
        return assessments.history(recommendation).stream()
                .map(AssessmentInsight::item)
                .toList();
    }

    private static TimelineItem item(HistoryEntry e) {
        List<Correction> corrections = e.corrections().stream()
                .map(c -> new Correction(
                        mark(c.level(), c.direction(), e.round().title()),
                        c.commentary(),
                        c.reason(),
                        c.correctedBy(),
                        c.correctedAt() == null ? null : c.correctedAt().toLocalDate()))
                .toList();
        return new TimelineItem(
                e.round().heldOn(),
                e.round().title(),
                mark(e.level(), e.direction(), e.round().title()),
                e.commentary(),
                e.assessor(),
                e.round().isFinal(),
                corrections);
    }

    private static RatingMark mark(RatingLevel level, Direction direction, String round) {
        return level == null
                ? null
                : new RatingMark(
                        level.code(), level.label(), level.colour(), direction == null ? "" : direction.arrow(), round);
    }
}
