package org.stocktake.shared;

import java.nio.file.Path;

/** The workspace's database is held by another Stocktake window or command. */
public final class WorkspaceInUseException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public WorkspaceInUseException(Path folder, Throwable cause) {
        super(
                "The workspace in " + folder
                        + " is open in another Stocktake window or command. Close it and try again.",
                cause);
    }

    /** As {@link #WorkspaceInUseException(Path, Throwable)}, saying who holds it: "Frances Done has had it open…". */
    public WorkspaceInUseException(Path folder, String holder, Throwable cause) {
        super(
                "The workspace in " + folder + " is open in another Stocktake window or command: " + holder
                        + ". Close it there and try again.",
                cause);
    }
}
