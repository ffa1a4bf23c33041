package org.stocktake.evidence.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that refuses to give more than a set number of bytes: an archive's entry may claim any size and inflate
 * to gigabytes (a "zip bomb"), so what is read is counted, not what the archive says.
 */
final class BoundedStream extends FilterInputStream {

    private long left;

    BoundedStream(InputStream in, long most) {
        super(in);
        this.left = most;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            spend(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            spend(read);
        }
        return read;
    }

    /** Whether a read went past the limit, even if the reader wrapped the exception in its own. */
    boolean exceeded() {
        return left < 0;
    }

    private void spend(long bytes) throws TooLargeException {
        left -= bytes;
        if (left < 0) {
            throw new TooLargeException();
        }
    }

    /** The entry unpacked to more than the library reads. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("An entry of the archive unpacks to more than the library reads.");
        }
    }
}
