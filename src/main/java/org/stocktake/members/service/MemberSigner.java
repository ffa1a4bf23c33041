package org.stocktake.members.service;

import java.util.UUID;
import org.stocktake.audit.service.CheckpointSigner;
import org.stocktake.shared.crypto.Ed25519;

/**
 * The signed-in member's key, unsealed with their password at sign-in and held in memory only for as long as the
 * workspace stays open, so checkpoints can be signed without asking again.
 */
final class MemberSigner implements CheckpointSigner {

    private final Member member;
    private final UUID key;
    private final String fingerprint;
    private final byte[] privateKey;

    MemberSigner(Member member, UUID key, String fingerprint, byte[] privateKey) {
        this.member = member;
        this.key = key;
        this.fingerprint = fingerprint;
        this.privateKey = privateKey.clone();
    }

    @Override
    public String name() {
        return member.personName();
    }

    @Override
    public UUID member() {
        return member.uuid();
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public byte[] sign(byte[] message) {
        return Ed25519.sign(privateKey, message);
    }

    UUID key() {
        return key;
    }

    /** The private key, for sealing again under a new password; the caller clears the copy. */
    byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public String toString() {
        return "signing key " + Ed25519.shown(fingerprint) + " of " + member.userName();
    }
}
