package org.stocktake.recommendations.service;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.recommendations.persistence.RecommendationRepository;
import org.stocktake.shared.persistence.Transaction;

/** The register's recommendations as stored now, for verification to hold against the audit trail. */
public final class AuditedRecommendations implements AuditedEntities {

    private final RecommendationRepository recommendations = new RecommendationRepository();

    @Override
    public String entity() {
        return RecommendationService.ENTITY;
    }

    /** The live recommendations: a deleted one is recorded with no state after, so it is compared as absent. */
    @Override
    public Map<UUID, Recommendation> current(Transaction tx) {
        return recommendations.live(tx, null).stream()
                .collect(Collectors.toMap(Recommendation::uuid, Function.identity()));
    }

    @Override
    public boolean keptAsDeleted(Transaction tx, UUID uuid) {
        return recommendations.isDeleted(tx, uuid);
    }

    @Override
    public String name(Transaction tx, Function<String, String> field) {
        return "recommendation " + field.apply("number") + " (" + field.apply("reviewCode") + ")";
    }

    @Override
    public Set<String> derived() {
        return Set.of("source.known");
    }
}
