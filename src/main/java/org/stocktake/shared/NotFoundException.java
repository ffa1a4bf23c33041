package org.stocktake.shared;

/** What the caller asked for is not in the workspace. */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
