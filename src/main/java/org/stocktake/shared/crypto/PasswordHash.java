package org.stocktake.shared.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member's password kept as an Argon2id hash, with the costs the workspace key uses, in the usual encoded form
 * {@code $argon2id$v=19$m=65536,t=3,p=1$SALT$HASH} (unpadded Base64): the costs and salt travel with the hash, so a
 * later Stocktake with other defaults still checks it.
 */
public final class PasswordHash {

    private static final int SALT_BYTES = 16;
    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    /** The encoded hash of {@code password} under a fresh salt; the caller clears the array. */
    public static String of(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Argon2id costs = Argon2id.DEFAULT;
        byte[] hash = costs.derive(password, salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + costs.memoryKiB() + ",t=" + costs.iterations() + ",p=" + costs.parallelism() + "$"
                + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /**
     * Whether {@code password} is the one {@code encoded} was made from. A damaged or implausible encoding (costs that
     * would take too long) matches nothing.
     */
    public static boolean matches(char[] password, String encoded) {
        Matcher parts = encoded == null ? null : ENCODED.matcher(encoded);
        if (parts == null || !parts.matches()) {
            return false;
        }
        Argon2id costs = new Argon2id(
                Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
        if (!costs.plausible()) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts.group(4));
        byte[] expected = Base64.getDecoder().decode(parts.group(5));
        if (expected.length != Argon2id.KEY_BYTES) {
            return false;
        }
        byte[] actual = costs.derive(password, salt);
        try {
            return MessageDigest.isEqual(expected, actual);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }
}
