package org.stocktake.audit.service;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.stocktake.shared.persistence.Transaction;

/**
 * One kind of row the trail records, as its feature stores it now, so that verification can hold the data against
 * the trail's last state of each row. Each feature implements it in its own service package and the composition root
 * hands it to {@link AuditTrail#compareWith}; the audit feature so never depends on the features it records.
 */
public interface AuditedEntities {

    /** The entity as the trail names it, e.g. "recommendation". */
    String entity();

    /**
     * Every row of this kind that stands now (rows kept only as deleted left out), by uuid, each as the very domain
     * record the feature gives {@link AuditTrail#record} as a row's state: the trail serialises both the same way.
     */
    Map<UUID, ?> current(Transaction tx);

    /** Whether a row that is not {@link #current} is kept as deleted (rather than gone). */
    default boolean keptAsDeleted(Transaction tx, UUID uuid) {
        return false;
    }

    /**
     * How the user knows a row, e.g. "recommendation 5 (kerslake-2014)", from its state: {@code field} gives a
     * top-level field of the state as text, or null.
     */
    String name(Transaction tx, Function<String, String> field);

    /** Fields computed from others (e.g. a round's "final"): still compared, but named only when alone in differing. */
    default Set<String> derived() {
        return Set.of();
    }

    /** A field as the user knows it; {@code path} is dotted for nested fields. By default its name in words. */
    default String fieldName(String path) {
        return path.replace('.', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** A stored value (as text, null for none) as the user knows it. By default quoted as stored. */
    default String value(Transaction tx, String path, String stored) {
        return stored == null ? "empty" : "'" + stored + "'";
    }
}
