package org.stocktake.shared;

/** A new workspace could not be made where the user asked; nothing was left behind in the folder. */
public final class WorkspaceNotCreatedException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public WorkspaceNotCreatedException(String message) {
        super(message);
    }

    public WorkspaceNotCreatedException(String message, Throwable cause) {
        super(message, cause);
    }
}
