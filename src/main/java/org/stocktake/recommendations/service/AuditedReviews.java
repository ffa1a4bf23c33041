package org.stocktake.recommendations.service;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.recommendations.persistence.ReviewRepository;
import org.stocktake.shared.persistence.Transaction;

/** The reviews as stored now, for verification to hold against the audit trail. */
public final class AuditedReviews implements AuditedEntities {

    private final ReviewRepository reviews = new ReviewRepository();

    @Override
    public String entity() {
        return ReviewRegister.ENTITY;
    }

    @Override
    public Map<UUID, Review> current(Transaction tx) {
        return reviews.all(tx).stream().collect(Collectors.toMap(Review::uuid, Function.identity()));
    }

    @Override
    public String name(Transaction tx, Function<String, String> field) {
        return "review " + field.apply("code");
    }
}
