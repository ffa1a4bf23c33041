package org.stocktake.workspace.service;

import java.nio.file.Path;
import org.stocktake.shared.NotAWorkspaceException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.crypto.WorkspaceKey;

/**
 * Changing an encrypted workspace's passphrase. The data stays under its data key; only the key file, which keeps that
 * key sealed under the passphrase, is written anew and moved over the old one in one step. So a change is quick, may
 * be made while the workspace is open (in this window or another: the key in memory does not change), and a crash at
 * any moment leaves the old passphrase or the new one opening the workspace. A workspace from before the data key
 * existed keeps its key as its data key, so it is moved forward by the same one step.
 */
public final class PassphraseChange {

    private PassphraseChange() {}

    /**
     * Makes {@code replacement} the passphrase of the encrypted workspace in {@code folder}, once {@code current} has
     * been checked. Both are left to the caller to clear.
     *
     * @throws ValidationException if the new passphrase is too short or the workspace is not encrypted; nothing is
     *     changed
     * @throws org.stocktake.shared.WrongPassphraseException if {@code current} does not unlock it; nothing is changed
     * @throws org.stocktake.shared.files.FileWriteException if the key file cannot be written; the old one stays
     */
    public static void change(Path folder, char[] current, char[] replacement) {
        Path absolute = checkEncrypted(folder);
        checkNew(replacement, "nothing was changed");
        try (WorkspaceKey key = KeyFile.read(absolute).unlock(current)) {
            KeyFile.rewrap(absolute, key, replacement);
        }
    }

    /**
     * Checks, before any passphrase is asked for, that {@code folder} holds an encrypted workspace, and returns it as an
     * absolute path.
     *
     * @throws NotAWorkspaceException if it holds no workspace
     * @throws ValidationException if its workspace is not encrypted
     */
    public static Path checkEncrypted(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Workspace.exists(absolute)) {
            throw new NotAWorkspaceException(absolute);
        }
        if (!KeyFile.in(absolute)) {
            throw new ValidationException("The workspace in " + absolute + " is not encrypted, so it has no passphrase"
                    + " to change; encrypt it first.");
        }
        return absolute;
    }

    /** Refuses a new passphrase too short to resist guessing, saying what was not done. */
    static void checkNew(char[] passphrase, String notDone) {
        if (passphrase == null || passphrase.length == 0) {
            throw new ValidationException("No new passphrase was given; " + notDone + ".");
        }
        if (passphrase.length < Workspace.MIN_PASSPHRASE) {
            throw new ValidationException("A passphrase needs at least " + Workspace.MIN_PASSPHRASE
                    + " characters (a few words are best); " + notDone + ".");
        }
    }
}
