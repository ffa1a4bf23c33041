package org.stocktake.shared.store;

import java.io.IOException;
import java.io.OutputStream;

/** Lets a seal finish its last segment as it closes without closing the file channel under it, still to be forced. */
final class UnclosedStream extends OutputStream {

    private final OutputStream out;

    UnclosedStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() {}
}
