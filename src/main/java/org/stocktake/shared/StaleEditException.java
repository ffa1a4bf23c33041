package org.stocktake.shared;

/** An edit was based on a version of something that has since changed; nothing was written. */
public final class StaleEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleEditException(String number) {
        super("Recommendation " + number + " was changed or deleted since you opened it. Reload it and try again.");
    }

    private StaleEditException(String sentence, boolean whole) {
        super(sentence);
    }

    /** A refusal in the caller's own words, for things other than recommendations (a letter, a template). */
    public static StaleEditException saying(String sentence) {
        return new StaleEditException(sentence, true);
    }
}
