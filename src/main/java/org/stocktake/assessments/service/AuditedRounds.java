package org.stocktake.assessments.service;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.assessments.persistence.RoundRepository;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.shared.persistence.Transaction;

/** The assessment rounds as stored now, for verification to hold against the audit trail. */
public final class AuditedRounds implements AuditedEntities {

    private final RoundRepository rounds = new RoundRepository();

    @Override
    public String entity() {
        return AssessmentService.ROUND;
    }

    @Override
    public Map<UUID, AssessmentRound> current(Transaction tx) {
        return rounds.all(tx).stream().collect(Collectors.toMap(AssessmentRound::uuid, Function.identity()));
    }

    /** As the command line numbers rounds. */
    @Override
    public String name(Transaction tx, Function<String, String> field) {
        return "round " + field.apply("id") + " ('" + field.apply("title") + "')";
    }

    @Override
    public Set<String> derived() {
        return Set.of("final");
    }

    @Override
    public String value(Transaction tx, String path, String stored) {
        if (path.equals("status") && stored != null) {
            return stored.toLowerCase(Locale.ROOT);
        }
        return AuditedEntities.super.value(tx, path, stored);
    }
}
