package org.stocktake.evidence.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bytes of one stored file, to read from the start as often as needed: the store may decrypt them on the fly,
 * so a reader never assumes they sit in a plain file.
 */
public interface Content {

    /** A fresh stream from the first byte; the caller closes it. */
    InputStream open() throws IOException;

    /** The number of bytes, or -1 when it cannot be told (a file that has gone, say). */
    long size();

    /**
     * The plain file holding exactly these bytes, when there is one: readers that need to jump about in a file (PDF,
     * zip) then use it in place instead of copying it to a temporary file first.
     */
    default Optional<Path> file() {
        return Optional.empty();
    }

    static Content of(Path file) {
        return new FileContent(file);
    }

    static Content of(byte[] bytes) {
        return new ByteContent(bytes);
    }
}
