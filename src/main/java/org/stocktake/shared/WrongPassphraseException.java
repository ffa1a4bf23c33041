package org.stocktake.shared;

import java.nio.file.Path;

/** The passphrase given does not unlock an encrypted workspace. Nothing in its folder was read or changed. */
public final class WrongPassphraseException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(Path folder) {
        super("That passphrase does not unlock the encrypted workspace in " + folder
                + "; nothing was changed. Check it (and STOCKTAKE_PASSPHRASE, if set) and try again.");
    }
}
