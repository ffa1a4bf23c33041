package org.stocktake.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workspace's data key sealed under the key a passphrase gives (AES-GCM), as the key file keeps it. The key file's
 * other fields (format, costs, salt) are bound in as associated data, so a file whose costs or salt were altered fails
 * the same check as a wrong passphrase would, rather than giving a wrong key.
 */
final class KeyWrap {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyWrap() {}

    static byte[] wrap(byte[] wrappingKey, byte[] dataKey, String boundFields) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, wrappingKey, nonce, boundFields, dataKey);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
    }

    /** The data key, or empty when {@code wrappingKey} is not the one it was wrapped under (a wrong passphrase). */
    static Optional<byte[]> unwrap(byte[] wrappingKey, byte[] wrapped, String boundFields) {
        if (wrapped.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        byte[] nonce = Arrays.copyOf(wrapped, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(wrapped, NONCE_BYTES, wrapped.length);
        try {
            return Optional.of(run(Cipher.DECRYPT_MODE, wrappingKey, nonce, boundFields, sealed));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof AEADBadTagException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static byte[] run(int mode, byte[] key, byte[] nonce, String boundFields, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundFields.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has AES/GCM", e);
        }
    }
}
