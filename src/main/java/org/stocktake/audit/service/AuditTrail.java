package org.stocktake.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.stocktake.audit.persistence.AuditRepository;
import org.stocktake.shared.Actor;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * The tamper-evident log of changes. Services append to it inside their own transaction, so a change and its entry
 * are written together or not at all.
 */
public final class AuditTrail {

    private final Database database;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final AuditRepository repository = new AuditRepository();
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public AuditTrail(Database database, Clock clock, Supplier<Actor> actor) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
    }

    /** Who is acting now. */
    public Actor actor() {
        return actor.get();
    }

    /**
     * Appends an entry in the caller's transaction. {@code before} and {@code after} are the row's states as domain
     * records (null when the row did not exist, or no longer does); they are stored as JSON.
     */
    public void record(Transaction tx, String entity, UUID uuid, String action, Object before, Object after) {
        var head = repository.headForUpdate(tx);
        long seq = head.map(h -> h.seq() + 1).orElse(1L);
        String prev = head.map(AuditRepository.Head::hash).orElse(AuditHash.GENESIS);
        // Stored to the microsecond, so the hash is taken over exactly what is read back.
        OffsetDateTime at =
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsigned = new AuditEntry(
                seq, at, actor.get().name(), entity, uuid, action, state(before), state(after), prev, null);
        AuditEntry entry = new AuditEntry(
                seq,
                at,
                unsigned.actor(),
                entity,
                uuid,
                action,
                unsigned.before(),
                unsigned.after(),
                prev,
                AuditHash.of(unsigned));
        repository.append(tx, entry);
    }

    private String state(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change could not be written to the audit trail", e);
        }
    }

    /** Walks the whole chain and reports the first broken link, if any. */
    public AuditVerification verify() {
        return database.transaction(tx -> new ChainCheck(repository.head(tx)).run(repository, tx));
    }

    /** The entries about one row, oldest first. */
    public List<AuditEntry> entriesFor(UUID uuid) {
        return repository.forEntity(database.dsl(), uuid);
    }
}
