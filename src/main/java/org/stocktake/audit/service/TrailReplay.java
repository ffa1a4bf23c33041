package org.stocktake.audit.service;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The trail replayed: for every row of the kinds compared with the data, the last entry about it. Fed one entry at a
 * time as the chain is scanned, so the trail is never held whole; what stays is one small record per row.
 */
final class TrailReplay implements Consumer<AuditEntry> {

    /** The last entry about a row: its state after (null once deleted) and where and when it was written. */
    record LastState(long seq, OffsetDateTime recordedAt, String actor, String action, String after) {}

    private final Set<String> entities;
    private final Map<String, Map<UUID, LastState>> byEntity = new HashMap<>();

    TrailReplay(Set<String> entities) {
        this.entities = entities;
        entities.forEach(e -> byEntity.put(e, new HashMap<>()));
    }

    @Override
    public void accept(AuditEntry entry) {
        if (entities.contains(entry.entity())) {
            byEntity.get(entry.entity())
                    .put(
                            entry.entityUuid(),
                            new LastState(
                                    entry.seq(), entry.recordedAt(), entry.actor(), entry.action(), entry.after()));
        }
    }

    /** The last state of every row of {@code entity} the trail mentions. */
    Map<UUID, LastState> of(String entity) {
        return byEntity.getOrDefault(entity, Map.of());
    }
}
