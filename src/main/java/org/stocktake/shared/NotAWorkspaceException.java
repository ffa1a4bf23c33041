package org.stocktake.shared;

import java.nio.file.Path;

/** A folder named as a workspace holds none: nothing is created unless the user asks for it. */
public final class NotAWorkspaceException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    private final Path folder;

    public NotAWorkspaceException(Path folder) {
        super("There is no Stocktake workspace in " + folder + ". To make one there, run: stocktake init --demo "
                + folder + " (with the demo) or stocktake init " + folder + " (empty).");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
