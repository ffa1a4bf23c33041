package org.stocktake.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The unlocked data key of an encrypted workspace, as its key file gives it for the passphrase. Each use has a key of its own, taken from
 * this one by HMAC-SHA-256 over the use's name, so the database's file password, the files' AES key and the check
 * value in the key file reveal nothing about each other. Closing clears it from memory.
 */
public final class WorkspaceKey implements AutoCloseable {

    private final byte[] secret;

    WorkspaceKey(byte[] secret) {
        this.secret = secret;
    }

    /** The file password H2 encrypts the database with: hex, since H2 splits its password at the first space. */
    public char[] databasePassword() {
        byte[] derived = derive("stocktake database file password");
        char[] hex = HexFormat.of().formatHex(derived).toCharArray();
        Arrays.fill(derived, (byte) 0);
        return hex;
    }

    /** The seal for the workspace's stored files. */
    public FileSeal files() {
        byte[] derived = derive("stocktake stored files");
        try {
            return new FileSeal(new SecretKeySpec(derived, "AES"));
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** A copy of the key itself, for sealing it into a key file; the caller clears it. */
    byte[] secret() {
        return secret.clone();
    }

    /** The value a version 1 key file keeps to tell a wrong passphrase before anything else is touched. */
    byte[] check() {
        return derive("stocktake key check");
    }

    private byte[] derive(String use) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(use.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public void close() {
        Arrays.fill(secret, (byte) 0);
    }
}
