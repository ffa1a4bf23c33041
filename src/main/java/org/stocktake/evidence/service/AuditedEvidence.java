package org.stocktake.evidence.service;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.evidence.persistence.EvidenceRepository;
import org.stocktake.shared.persistence.Transaction;

/** The library's documents as stored now, for verification to hold against the audit trail. */
public final class AuditedEvidence implements AuditedEntities {

    private final EvidenceRepository repository = new EvidenceRepository();

    @Override
    public String entity() {
        return EvidenceService.ENTITY;
    }

    @Override
    public Map<UUID, EvidenceItem> current(Transaction tx) {
        return repository.all(tx).stream().collect(Collectors.toMap(EvidenceItem::uuid, Function.identity()));
    }

    @Override
    public String name(Transaction tx, Function<String, String> field) {
        return "document '" + field.apply("title") + "' (" + field.apply("fileName") + ")";
    }
}
