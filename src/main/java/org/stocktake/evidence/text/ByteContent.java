package org.stocktake.evidence.text;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/** Bytes already in memory, such as an email's attachment; shared, not copied. */
final class ByteContent implements Content {

    private final byte[] bytes;

    ByteContent(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public long size() {
        return bytes.length;
    }
}
