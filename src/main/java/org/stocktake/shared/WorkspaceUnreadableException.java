package org.stocktake.shared;

import java.nio.file.Path;

/** The workspace's database could not be opened: damaged, not a Stocktake database, or from a newer version. */
public final class WorkspaceUnreadableException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public WorkspaceUnreadableException(Path folder, Throwable cause) {
        super(
                "The workspace in " + folder + " cannot be opened: its database is damaged, is not a Stocktake"
                        + " database, or was written by a newer version of Stocktake. Nothing in the folder was changed;"
                        + " keep a copy of it and restore the folder from your last backup. (" + rootMessage(cause)
                        + ")",
                cause);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
