package org.stocktake.shared;

import java.nio.file.Path;

/** An encrypted workspace was to be opened with no way to ask for its passphrase. Nothing was changed. */
public final class PassphraseNeededException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public PassphraseNeededException(Path folder) {
        super("The workspace in " + folder + " is encrypted and its passphrase is needed: set STOCKTAKE_PASSPHRASE, or"
                + " run the command in a terminal to be asked for it.");
    }
}
