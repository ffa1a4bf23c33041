package org.stocktake.assessments.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.assessments.persistence.AssessmentRepository;
import org.stocktake.assessments.persistence.RoundRepository;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.persistence.Transaction;

/**
 * Reads rounds and assessments as the screens and the command line show them: a round's rows beside its review's
 * recommendations, a recommendation's history round by round, and a final round's corrections beside the originals.
 */
final class AssessmentViews {

    private final RecommendationService recommendations;
    private final ScaleService scales;
    private final RoundRepository rounds;
    private final AssessmentRepository assessments;

    AssessmentViews(
            RecommendationService recommendations,
            ScaleService scales,
            RoundRepository rounds,
            AssessmentRepository assessments) {
        this.recommendations = recommendations;
        this.scales = scales;
        this.rounds = rounds;
        this.assessments = assessments;
    }

    AssessmentRound round(Transaction tx, long roundId) {
        return rounds.byId(tx, roundId)
                .orElseThrow(() -> new NotFoundException("That assessment round no longer exists."));
    }

    List<Assessment> assessments(Transaction tx, long roundId) {
        AssessmentRound round = round(tx, roundId);
        RatingScale scale = scales.scaleForReview(tx, round.reviewId());
        Map<Long, StoredAssessment> stored = assessments.ofRound(tx, roundId).stream()
                .collect(Collectors.toMap(StoredAssessment::recommendationId, Function.identity()));
        List<Assessment> result = new ArrayList<>();
        for (Recommendation r : recommendations.recommendations(round.reviewId())) {
            result.add(view(roundId, r, stored.get(r.id()), scale));
        }
        return result;
    }

    static Assessment view(long roundId, Recommendation r, StoredAssessment stored, RatingScale scale) {
        if (stored == null) {
            return new Assessment(
                    null, roundId, r.uuid(), r.number(), r.title(), r.theme(), null, null, null, null, null, 0, false);
        }
        StoredAssessment now = stored.current();
        RatingLevel level =
                now.levelId() == null ? null : scale.levelById(now.levelId()).orElse(null);
        return new Assessment(
                stored.uuid(),
                roundId,
                r.uuid(),
                r.number(),
                r.title(),
                r.theme(),
                level,
                now.direction(),
                now.commentary(),
                now.assessor(),
                now.assessedAt(),
                stored.version(),
                !stored.corrections().isEmpty());
    }

    /** The recommendation's assessment in the round as stored, if it has one. */
    java.util.Optional<StoredAssessment> stored(Transaction tx, long roundId, long recommendationId) {
        return assessments.find(tx, roundId, recommendationId);
    }

    /** Carried rows are left out: nobody gave them in their round, so they are not part of anyone's record. */
    List<HistoryEntry> history(Transaction tx, UUID recommendationUuid) {
        Recommendation r = recommendations.recommendation(recommendationUuid);
        RatingScale scale = scales.scaleForReview(tx, r.reviewId());
        return new HistoryAssembler(scale).assemble(given(assessments.ofRecommendation(tx, r.id())), roundsOf(tx, r));
    }

    Map<UUID, HistoryEntry> latest(Transaction tx, long reviewId) {
        RatingScale scale = scales.scaleForReview(tx, reviewId);
        Map<Long, AssessmentRound> byId = new HashMap<>();
        rounds.ofReview(tx, reviewId).forEach(round -> byId.put(round.id(), round));
        Map<Long, UUID> uuids = new HashMap<>();
        recommendations.recommendations(reviewId).forEach(r -> uuids.put(r.id(), r.uuid()));
        return new HistoryAssembler(scale).latest(given(assessments.ofReview(tx, reviewId)), byId, uuids);
    }

    /** The round's corrected assessments, each as first recorded with its corrections, by recommendation. */
    Map<UUID, HistoryEntry> corrections(Transaction tx, long roundId) {
        AssessmentRound round = round(tx, roundId);
        RatingScale scale = scales.scaleForReview(tx, round.reviewId());
        Map<Long, UUID> uuids = new HashMap<>();
        recommendations.recommendations(round.reviewId()).forEach(r -> uuids.put(r.id(), r.uuid()));
        HistoryAssembler assembler = new HistoryAssembler(scale);
        Map<UUID, HistoryEntry> result = new HashMap<>();
        for (StoredAssessment a : assessments.ofRound(tx, roundId)) {
            UUID recommendation = uuids.get(a.recommendationId());
            if (recommendation != null && !a.corrections().isEmpty()) {
                result.put(recommendation, assembler.entry(a, round));
            }
        }
        return result;
    }

    private Map<Long, AssessmentRound> roundsOf(Transaction tx, Recommendation r) {
        Map<Long, AssessmentRound> byId = new HashMap<>();
        rounds.ofReview(tx, r.reviewId()).forEach(round -> byId.put(round.id(), round));
        return byId;
    }

    private static List<StoredAssessment> given(List<StoredAssessment> stored) {
        return stored.stream().filter(a -> !a.isCarried()).toList();
    }
}
