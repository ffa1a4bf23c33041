package org.stocktake.shared.crypto;

import java.nio.file.Path;
import org.stocktake.shared.PassphraseNeededException;

/**
 * Where the passphrase of an encrypted workspace comes from: the terminal or an environment variable for the command
 * line, a dialog for the window. Asked only when the workspace turns out to be encrypted and its key file is sound.
 */
@FunctionalInterface
public interface Passphrase {

    /**
     * The passphrase for the encrypted workspace in {@code folder}; the caller clears the array once it is used.
     *
     * @throws PassphraseNeededException (or another workspace exception) when none can be had; nothing is changed
     */
    char[] of(Path folder);

    /** For callers that cannot ask: an encrypted workspace is refused with a sentence saying how to give one. */
    static Passphrase none() {
        return folder -> {
            throw new PassphraseNeededException(folder);
        };
    }
}
