package org.stocktake.assessments.service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.stocktake.assessments.persistence.AssessmentRepository;
import org.stocktake.assessments.persistence.RoundRepository;
import org.stocktake.assessments.persistence.ScaleRepository;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.persistence.Transaction;

/**
 * The assessments of every round as stored now, corrections included, for verification to hold against the audit
 * trail. Ratings are named by their level's label, as the grid shows them.
 */
public final class AuditedAssessments implements AuditedEntities {

    private final RecommendationService recommendations;
    private final RoundRepository rounds = new RoundRepository();
    private final AssessmentRepository assessments = new AssessmentRepository();
    private final ScaleRepository scales = new ScaleRepository();

    public AuditedAssessments(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public String entity() {
        return AssessmentService.ASSESSMENT;
    }

    @Override
    public Map<UUID, StoredAssessment> current(Transaction tx) {
        Map<UUID, StoredAssessment> all = new HashMap<>();
        for (AssessmentRound round : rounds.all(tx)) {
            assessments.ofRound(tx, round.id()).forEach(a -> all.put(a.uuid(), a));
        }
        return all;
    }

    @Override
    public String name(Transaction tx, Function<String, String> field) {
        String recommendation = "#" + field.apply("recommendationId");
        for (Recommendation r : recommendations.recommendations(null)) {
            if (String.valueOf(r.id()).equals(field.apply("recommendationId"))) {
                recommendation = r.number() + " (" + r.reviewCode() + ")";
            }
        }
        String round = field.apply("roundId");
        String title = round == null
                ? null
                : rounds.byId(tx, Long.parseLong(round))
                        .map(AssessmentRound::title)
                        .orElse(null);
        return "the assessment of recommendation " + recommendation + " in round " + round
                + (title == null ? "" : " ('" + title + "')");
    }

    @Override
    public String fieldName(String path) {
        return path.equals("levelId") ? "the rating" : AuditedEntities.super.fieldName(path);
    }

    @Override
    public String value(Transaction tx, String path, String stored) {
        if (path.equals("levelId") && stored != null) {
            long id = Long.parseLong(stored);
            return scales.all(tx).stream()
                    .flatMap(scale -> scale.levelById(id).stream())
                    .map(level -> "'" + level.label() + "'")
                    .findFirst()
                    .orElse("level " + stored);
        }
        if (path.equals("direction") && stored != null) {
            return stored.toLowerCase(Locale.ROOT);
        }
        return AuditedEntities.super.value(tx, path, stored);
    }
}
