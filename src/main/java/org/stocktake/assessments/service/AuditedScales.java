package org.stocktake.assessments.service;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.assessments.persistence.ScaleRepository;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.shared.persistence.Transaction;

/** The rating scales as stored now, for verification to hold against the audit trail. */
public final class AuditedScales implements AuditedEntities {

    /** As {@link ScaleService} names a scale in the trail. */
    static final String ENTITY = "rating-scale";

    private final ScaleRepository scales = new ScaleRepository();

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public Map<UUID, RatingScale> current(Transaction tx) {
        return scales.all(tx).stream().collect(Collectors.toMap(RatingScale::uuid, Function.identity()));
    }

    @Override
    public String name(Transaction tx, Function<String, String> field) {
        return "the rating scale '" + field.apply("name") + "' (" + field.apply("code") + ")";
    }
}
