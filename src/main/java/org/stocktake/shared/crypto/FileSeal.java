package org.stocktake.shared.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM for the files of an encrypted workspace, one random 12-byte nonce per file. A file is sealed in segments
 * of {@link #SEGMENT} bytes, each with its own tag, so that a 256 MB document is read and written in small steps and
 * no byte is handed on before its segment has been checked. Segment {@code i} uses the file's nonce with {@code i}
 * added into its last four bytes, and the last segment is marked in the data the tag covers, so a file cut short at
 * a segment boundary fails too.
 *
 * <p>Layout: the magic {@code STKE}, a version byte (1), the nonce; then the segments, each ciphertext and tag.
 */
public final class FileSeal {

    static final int SEGMENT = 64 * 1024;
    private static final byte[] MAGIC = "STKE".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG = 16;
    static final int HEADER = MAGIC.length + 1 + NONCE;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    FileSeal(SecretKey key) {
        this.key = key;
    }

    /** A stream that seals what is written to it into {@code out}; closing it writes the last segment and closes {@code out}. */
    public OutputStream sealing(OutputStream out) throws IOException {
        byte[] header = new byte[HEADER];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        header[MAGIC.length] = VERSION;
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        System.arraycopy(nonce, 0, header, MAGIC.length + 1, NONCE);
        out.write(header);
        return new Sealing(out, header);
    }

    /**
     * A stream of the plain bytes of the sealed {@code in}, which is named {@code what} in a failure's sentence.
     *
     * @throws BrokenSealException from any read, when the file is not sealed, altered, cut short or of another key
     */
    public InputStream opening(InputStream in, String what) {
        return new Opening(in, what);
    }

    /** The size of {@code plain} bytes once sealed. */
    public static long sealedSize(long plain) {
        long segments = Math.max(1, (plain + SEGMENT - 1) / SEGMENT);
        return HEADER + plain + segments * TAG;
    }

    /** The plain size of a sealed file of {@code sealed} bytes, or -1 when no sealed file has that size. */
    public static long plainSize(long sealed) {
        long body = sealed - HEADER;
        if (body < TAG) {
            return -1;
        }
        long segments = (body + SEGMENT + TAG - 1) / (SEGMENT + TAG);
        return body - segments * TAG;
    }

    private Cipher cipher(int mode, byte[] header, long segment, boolean last) throws GeneralSecurityException {
        byte[] nonce = Arrays.copyOfRange(header, MAGIC.length + 1, HEADER);
        int counter = ByteBuffer.wrap(nonce, NONCE - 4, 4).getInt() + (int) segment;
        ByteBuffer.wrap(nonce, NONCE - 4, 4).putInt(counter);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
        cipher.updateAAD(header);
        cipher.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
        return cipher;
    }

    private final class Sealing extends OutputStream {
        private final OutputStream out;
        private final byte[] header;
        private final byte[] buffer = new byte[SEGMENT];
        private int filled;
        private long segment;
        private boolean closed;

        Sealing(OutputStream out, byte[] header) {
            this.out = out;
            this.header = header;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (filled == SEGMENT) {
                    // A full segment is sealed only once more follows: the last one must be known as last.
                    seal(false);
                }
                int taken = Math.min(length, SEGMENT - filled);
                System.arraycopy(bytes, offset, buffer, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                out.write(cipher(Cipher.ENCRYPT_MODE, header, segment, last).doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException("The file could not be encrypted: " + e.getMessage(), e);
            }
            segment++;
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                seal(true);
            } finally {
                Arrays.fill(buffer, (byte) 0);
                out.close();
            }
        }
    }

    private final class Opening extends InputStream {
        private final PushbackInputStream in;
        private byte[] header;
        private byte[] plain = new byte[0];
        private int position;
        private long segment;
        private boolean last;
        private final String what;

        Opening(InputStream in, String what) {
            this.in = new PushbackInputStream(in, 1);
            this.what = what;
        }

        private BrokenSealException broken(String how, Throwable cause) {
            return new BrokenSealException(
                    what + " " + how + ", so it cannot be read; restore the workspace folder from a backup.", cause);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int read = read(one, 0, 1);
            return read < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (last) {
                    return -1;
                }
                next();
            }
            int given = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, bytes, offset, given);
            position += given;
            return given;
        }

        private void next() throws IOException {
            if (header == null) {
                header = in.readNBytes(HEADER);
                if (header.length < HEADER
                        || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)
                        || header[MAGIC.length] != VERSION) {
                    throw broken("is not an encrypted Stocktake file", null);
                }
            }
            byte[] sealed = in.readNBytes(SEGMENT + TAG);
            if (sealed.length < TAG) {
                throw broken("is cut short", null);
            }
            boolean isLast = sealed.length < SEGMENT + TAG || peekEnd();
            try {
                plain = cipher(Cipher.DECRYPT_MODE, header, segment, isLast).doFinal(sealed);
            } catch (GeneralSecurityException e) {
                throw broken("was altered or damaged", e);
            }
            position = 0;
            segment++;
            last = isLast;
        }

        private boolean peekEnd() throws IOException {
            int next = in.read();
            if (next < 0) {
                return true;
            }
            in.unread(next);
            return false;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
