package org.stocktake.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A file could not be written; the message is one sentence that says why and what to do. Nothing was changed. */
public final class FileWriteException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    public FileWriteException(String message, IOException cause) {
        super(message, cause);
    }
}
