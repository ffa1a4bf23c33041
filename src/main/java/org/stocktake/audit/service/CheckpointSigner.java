package org.stocktake.audit.service;

import java.util.UUID;

/**
 * The member signed in, as far as checkpoints need them: who they are and a private key only they could unlock. The
 * members feature makes one at sign-in and hands it to {@link AuditTrail#signWith}; the audit feature so never sees a
 * password or a member.
 */
public interface CheckpointSigner {

    /** The member's name as the trail records who acted. */
    String name();

    /** The member's uuid. */
    UUID member();

    /** The fingerprint of the key that signs (the SHA-256 of its public half, in hex). */
    String fingerprint();

    /** The Ed25519 signature of {@code message}. */
    byte[] sign(byte[] message);
}
