package org.stocktake.shared;

/**
 * A change was not saved because the workspace cannot be written: it was opened read-only (the disk is full, the
 * folder is read-only) or the disk refused a write. Everything saved before is kept.
 */
public final class WorkspaceNotWritableException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public WorkspaceNotWritableException(String message) {
        super(message);
    }

    public WorkspaceNotWritableException(String message, Throwable cause) {
        super(message, cause);
    }
}
