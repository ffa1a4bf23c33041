package org.stocktake.app.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceService;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.ui.RecommendationInsight;

/** The register's view of the assessments, and of the library's documents that bear on each recommendation. */
final class LibraryInsight implements RecommendationInsight {

    private final RecommendationInsight assessments;
    private final RecommendationService recommendations;
    private final EvidenceService evidence;
    private final LongConsumer open;

    LibraryInsight(
            RecommendationInsight assessments,
            RecommendationService recommendations,
            EvidenceService evidence,
            LongConsumer open) {
        this.assessments = assessments;
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.open = open;
    }

    @Override
    public Map<UUID, RatingMark> latestRatings() {
        return assessments.latestRatings();
    }

    @Override
    public List<TimelineItem> history(UUID recommendation) {
        return assessments.history(recommendation);
    }

    @Override
    public List<EvidenceMark> evidence(UUID recommendation) {
        Map<Long, Integer> linked =
                evidence.linkedTo(recommendations.recommendation(recommendation).id());
        List<EvidenceItem> items = new ArrayList<>();
        linked.keySet().forEach(id -> items.add(evidence.item(id)));
        items.sort(Comparator.comparing(EvidenceItem::dated, Comparator.nullsLast(Comparator.reverseOrder())));
        return items.stream()
                .map(item -> new EvidenceMark(item.id(), item.title(), item.dateShown(), linked.get(item.id())))
                .toList();
    }

    @Override
    public void openEvidence(long itemId) {
        open.accept(itemId);
    }
}
