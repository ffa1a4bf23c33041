package org.stocktake.shared;

/**
 * The one acting may not do what was asked, in their role in this workspace. Nothing was changed; the refusal itself
 * is in the audit trail.
 */
public class NotAllowedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAllowedException(String sentence) {
        super(sentence);
    }
}
