package org.stocktake.shared.store;

import org.stocktake.shared.ValidationException;

/** A file given to the store could not be read; the sentence names it. Nothing was stored. */
public final class StoreReadException extends ValidationException {
    private static final long serialVersionUID = 1L;

    public StoreReadException(String sentence, Throwable cause) {
        super(sentence);
        initCause(cause);
    }
}
