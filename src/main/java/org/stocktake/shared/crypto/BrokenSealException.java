package org.stocktake.shared.crypto;

import java.io.IOException;

/** A sealed file failed its check: altered, cut short, or sealed under another key. No unchecked byte was returned. */
public final class BrokenSealException extends IOException {
    private static final long serialVersionUID = 1L;

    public BrokenSealException(String message) {
        super(message);
    }

    public BrokenSealException(String message, Throwable cause) {
        super(message, cause);
    }
}
