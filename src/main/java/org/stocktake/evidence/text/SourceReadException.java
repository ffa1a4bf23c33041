package org.stocktake.evidence.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reading the stored bytes themselves failed (the file went away, the disk failed), as opposed to a parser finding
 * them bad: the two call for different sentences.
 */
final class SourceReadException extends IOException {
    private static final long serialVersionUID = 1L;

    SourceReadException(IOException cause) {
        super(cause.getMessage(), cause);
    }

    /** Opens {@code content} so that any failure to read it arrives as a {@link SourceReadException}. */
    static InputStream open(Content content) throws SourceReadException {
        try {
            return new Guarded(content.open());
        } catch (IOException e) {
            throw new SourceReadException(e);
        }
    }

    static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SourceReadException) {
                return true;
            }
        }
        return false;
    }

    private static final class Guarded extends FilterInputStream {
        Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new SourceReadException(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new SourceReadException(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException e) {
                throw new SourceReadException(e);
            }
        }
    }
}
