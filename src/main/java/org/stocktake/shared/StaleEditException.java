package org.stocktake.shared;

/** An edit was based on a version of a recommendation that has since changed; nothing was written. */
public final class StaleEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleEditException(String number) {
        super("Recommendation " + number + " was changed or deleted since you opened it. Reload it and try again.");
    }
}
