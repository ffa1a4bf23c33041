package org.stocktake.audit.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stocktake.shared.persistence.Transaction;

/**
 * The members' public keys as the workspace keeps them, for verification to check checkpoints against. The members
 * feature implements it and the composition root hands it to {@link AuditTrail#checkWith}.
 */
public interface CheckpointKeys {

    /** A public key (X.509-encoded Ed25519) and the member it was made for. */
    record Key(UUID member, byte[] publicKey) {}

    /** The key with this fingerprint, current or retired, or empty when the workspace never had it. */
    Optional<Key> byFingerprint(Transaction tx, String fingerprint);

    /** Whether the workspace has any members. */
    boolean anyMembers(Transaction tx);

    /** Each member who cannot sign a checkpoint, named with why: "Steve Robinson (no password)". */
    List<String> withoutKeys(Transaction tx);

    /** For a trail whose workspace has no members feature wired in: nobody signs, as a workspace without members. */
    CheckpointKeys NONE = new CheckpointKeys() {
        @Override
        public Optional<Key> byFingerprint(Transaction tx, String fingerprint) {
            return Optional.empty();
        }

        @Override
        public boolean anyMembers(Transaction tx) {
            return false;
        }

        @Override
        public List<String> withoutKeys(Transaction tx) {
            return List.of();
        }
    };
}
