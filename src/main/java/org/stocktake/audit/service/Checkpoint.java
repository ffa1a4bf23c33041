package org.stocktake.audit.service;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The trail's head as a member signed it: the entry {@code seq} with its {@code hash}, on an {@code occasion} ("round
 * 'March 2016' finalised"), by {@code signer} with the key whose fingerprint is given, at {@code signedAt}. The hash
 * of an entry covers every entry before it, so a checkpoint vouches for the whole trail up to there. {@code
 * signature} is the Base64 of the Ed25519 signature over {@link #message}.
 */
public record Checkpoint(
        long seq,
        String hash,
        String occasion,
        String signer,
        UUID signerUuid,
        String keyFingerprint,
        OffsetDateTime signedAt,
        String signature) {

    /**
     * What is signed: every field but the signature, each on a line of its own after a fixed first line, so that no
     * field can be shifted into another and a signature of anything else never passes for a checkpoint's.
     */
    public byte[] message() {
        String text = "stocktake audit checkpoint 1\n" + seq + "\n" + hash + "\n" + signerUuid + "\n" + keyFingerprint
                + "\n" + signedAt.toInstant() + "\n" + signer.replace('\n', ' ') + "\n" + occasion.replace('\n', ' ');
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
