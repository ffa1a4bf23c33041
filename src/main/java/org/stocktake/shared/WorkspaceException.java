package org.stocktake.shared;

/**
 * An expected problem with a workspace's folder or the disk under it: not a workspace, already one, full, read-only.
 * Its message is one plain sentence that says what to do, for the window and the command line to show as it is.
 */
public abstract class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected WorkspaceException(String message) {
        super(message);
    }

    protected WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
