package org.stocktake.letters.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over the data a passage was written from, as canonical lines of "name=value" in a fixed order: the same
 * data always gives the same fingerprint, however the sentences are later worded, and any change to it another.
 */
final class Fingerprint {

    private final StringBuilder canonical = new StringBuilder();

    /** Adds one field; several values are kept apart, so no value can pass for two or run into its neighbour. */
    Fingerprint with(String name, Object... values) {
        canonical.append(name).append('=');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                canonical.append('|');
            }
            String text = values[i] == null ? "" : values[i].toString();
            canonical.append(text.replace("\\", "\\\\")
                    .replace("|", "\\|")
                    .replace("\n", "\\n")
                    .replace("\r", "\\r"));
        }
        canonical.append('\n');
        return this;
    }

    String canonical() {
        return canonical.toString();
    }

    String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
