package org.stocktake.audit.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over an entry's fields and the previous entry's hash. Each field is written with its
 * length first, so no two different entries can be spelled the same way.
 */
public final class AuditHash {

    /** The hash the first entry follows. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    public static String of(AuditEntry e) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
        StringBuilder text = new StringBuilder(256);
        field(text, Long.toString(e.seq()));
        field(text, e.recordedAt().toInstant().toString());
        field(text, e.actor());
        field(text, e.entity());
        field(text, e.entityUuid().toString());
        field(text, e.action());
        field(text, e.before());
        field(text, e.after());
        field(text, e.prevHash());
        return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('|');
    }
}
