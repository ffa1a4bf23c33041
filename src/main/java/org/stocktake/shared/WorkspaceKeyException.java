package org.stocktake.shared;

/**
 * The key file of an encrypted workspace is missing, damaged or belongs to another workspace, so the workspace cannot
 * be unlocked whatever the passphrase. Nothing in the folder was changed.
 */
public final class WorkspaceKeyException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public WorkspaceKeyException(String sentence) {
        super(sentence);
    }

    public WorkspaceKeyException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
