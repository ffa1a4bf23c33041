package org.stocktake.backup.service;

import org.stocktake.shared.WorkspaceException;

/** A backup that could not be taken, or a backup file that is not restored; its message says why in one sentence. */
public final class BackupRefusedException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public BackupRefusedException(String message) {
        super(message);
    }

    public BackupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
