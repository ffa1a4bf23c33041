package org.stocktake.audit.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.stocktake.audit.persistence.AuditRepository;
import org.stocktake.audit.persistence.CheckpointRepository;
import org.stocktake.shared.persistence.Transaction;

/** Makes a checkpoint: the head as it stands in the caller's transaction, signed by the member signed in. */
final class Checkpoints {

    private final Clock clock;
    private final AuditRepository trail;
    private final CheckpointRepository repository = new CheckpointRepository();

    Checkpoints(Clock clock, AuditRepository trail) {
        this.clock = clock;
        this.trail = trail;
    }

    Optional<Checkpoint> make(Transaction tx, CheckpointSigner signer, String occasion) {
        Optional<AuditRepository.Head> head = trail.headForUpdate(tx);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        // To the microsecond, as stored, so the signature is over exactly what is read back.
        OffsetDateTime at =
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Checkpoint unsigned = new Checkpoint(
                head.get().seq(),
                head.get().hash(),
                occasion,
                signer.name(),
                signer.member(),
                signer.fingerprint(),
                at,
                null);
        Checkpoint signed = new Checkpoint(
                unsigned.seq(),
                unsigned.hash(),
                occasion,
                unsigned.signer(),
                unsigned.signerUuid(),
                unsigned.keyFingerprint(),
                at,
                Base64.getEncoder().encodeToString(signer.sign(unsigned.message())));
        repository.insert(tx, signed);
        return Optional.of(signed);
    }
}
