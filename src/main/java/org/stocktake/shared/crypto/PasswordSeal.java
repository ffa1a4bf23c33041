package org.stocktake.shared.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small secret (a member's private signing key) sealed with AES-GCM under a key Argon2id derives from a password,
 * in one string {@code $argon2id$v=19$m=65536,t=3,p=1$SALT$SEALED} (unpadded Base64; SEALED is the nonce and the
 * ciphertext with its tag). The costs and salt travel with it, as for {@link PasswordHash}; the caller's {@code bound}
 * text (whose key this is) is bound in, so a sealed secret moved to another owner does not open.
 */
public final class PasswordSeal {

    private static final int SALT_BYTES = 16;
    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordSeal() {}

    /** {@code secret} sealed under {@code password}; the caller clears both arrays. */
    public static String seal(char[] password, byte[] secret, String bound) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Argon2id costs = Argon2id.DEFAULT;
        byte[] key = costs.derive(password, salt);
        try {
            Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
            return "$argon2id$v=19$m=" + costs.memoryKiB() + ",t=" + costs.iterations() + ",p=" + costs.parallelism()
                    + "$" + base64.encodeToString(salt) + "$"
                    + base64.encodeToString(KeyWrap.wrap(key, secret, bound));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The secret sealed in {@code sealed}, or empty when {@code password} is not the one it was sealed under, it was
     * sealed for another {@code bound}, or the string is damaged or asks for implausible costs.
     */
    public static Optional<byte[]> open(char[] password, String sealed, String bound) {
        Matcher parts = sealed == null ? null : ENCODED.matcher(sealed);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        Argon2id costs = new Argon2id(
                Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
        if (!costs.plausible()) {
            return Optional.empty();
        }
        byte[] key = costs.derive(password, Base64.getDecoder().decode(parts.group(4)));
        try {
            return KeyWrap.unwrap(key, Base64.getDecoder().decode(parts.group(5)), bound);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
