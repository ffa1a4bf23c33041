package org.stocktake.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The cost of turning a passphrase into a key, as the key file records it, so that a later Stocktake with other
 * defaults still opens the workspace. The defaults follow RFC 9106's second recommended choice (64 MiB, 3 passes)
 * with one lane: two cores shared with the rest of the desktop gain little from more, and it takes about a second.
 */
record Argon2id(int memoryKiB, int iterations, int parallelism) {

    static final Argon2id DEFAULT = new Argon2id(64 * 1024, 3, 1);

    static final int KEY_BYTES = 32;

    /** Bounds on what a key file may ask for: a damaged or hostile file must not make opening take forever. */
    boolean plausible() {
        return memoryKiB >= 8 * parallelism
                && memoryKiB <= 1024 * 1024
                && iterations >= 1
                && iterations <= 16
                && parallelism >= 1
                && parallelism <= 16;
    }

    /** The key for {@code passphrase} and {@code salt}; the passphrase's bytes are cleared before returning. */
    byte[] derive(char[] passphrase, byte[] salt) {
        byte[] secret = utf8(passphrase);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(memoryKiB)
                    .withIterations(iterations)
                    .withParallelism(parallelism)
                    .withSalt(salt)
                    .build());
            byte[] key = new byte[KEY_BYTES];
            generator.generateBytes(secret, key);
            return key;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] utf8(char[] passphrase) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
