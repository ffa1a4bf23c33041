package org.stocktake.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files sealed in segments: read back whole, their size known in advance, and any change or cut caught. */
class FileSealTest {

    private static final FileSeal SEAL = new FileSeal(new SecretKeySpec(new byte[32], "AES"));
    private static final FileSeal OTHER = new FileSeal(new SecretKeySpec(
            new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
                29, 30, 31, 32
            },
            "AES"));

    private static byte[] sealed(FileSeal seal, byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = seal.sealing(out)) {
            // In uneven pieces, as a copy loop writes.
            for (int at = 0; at < plain.length; at += 7001) {
                sealing.write(plain, at, Math.min(7001, plain.length - at));
            }
        }
        return out.toByteArray();
    }

    private static byte[] opened(FileSeal seal, byte[] sealed) throws IOException {
        return seal.opening(new ByteArrayInputStream(sealed), "The file").readAllBytes();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, FileSeal.SEGMENT - 1, FileSeal.SEGMENT, FileSeal.SEGMENT + 1, 3 * FileSeal.SEGMENT})
    void whatIsSealedOpensAsItWasAndHasTheSizeForetold(int size) throws IOException {
        byte[] plain = new byte[size];
        new Random(size).nextBytes(plain);

        byte[] sealed = sealed(SEAL, plain);

        assertThat(opened(SEAL, sealed)).isEqualTo(plain);
        assertThat(sealed.length).isEqualTo(FileSeal.sealedSize(size));
        assertThat(FileSeal.plainSize(sealed.length)).isEqualTo(size);
    }

    @Test
    void theSameBytesSealTwiceDifferently() throws IOException {
        byte[] plain = "The budget gap is £250m.".getBytes(StandardCharsets.UTF_8);
        assertThat(sealed(SEAL, plain)).isNotEqualTo(sealed(SEAL, plain));
    }

    @Test
    void aChangedByteACutAtASegmentOrAnotherKeyIsCaught() throws IOException {
        byte[] plain = new byte[2 * FileSeal.SEGMENT + 10];
        byte[] sealed = sealed(SEAL, plain);

        byte[] changed = sealed.clone();
        changed[FileSeal.HEADER + 5] ^= 1;
        byte[] cut = Arrays.copyOf(sealed, FileSeal.HEADER + 2 * (FileSeal.SEGMENT + 16));
        byte[] plainFile = plain.clone();

        assertThatThrownBy(() -> opened(SEAL, changed))
                .isInstanceOf(BrokenSealException.class)
                .hasMessage("The file was altered or damaged, so it cannot be read; restore the workspace folder from a"
                        + " backup.");
        assertThatThrownBy(() -> opened(SEAL, cut)).isInstanceOf(BrokenSealException.class);
        assertThatThrownBy(() -> opened(OTHER, sealed)).isInstanceOf(BrokenSealException.class);
        assertThatThrownBy(() -> opened(SEAL, plainFile))
                .isInstanceOf(BrokenSealException.class)
                .hasMessageContaining("is not an encrypted Stocktake file");
    }
}
