package org.stocktake.workspace.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.stocktake.shared.NotAWorkspaceException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.WorkspaceNotWritableException;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.crypto.WorkspaceKey;
import org.stocktake.shared.files.FileProblem;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.task.Progress;

/**
 * Encrypting a plain workspace where it is. The encrypted workspace is built beside the plain one, in a hidden folder
 * inside it, while the plain one is held open so nothing else writes to it: the database copied by H2 and encrypted,
 * every stored file sealed under the same name, and a key file. Only when that is whole is a marker written into the
 * hidden folder; then the plain database is closed and {@link EncryptionSwitch} moves the encrypted files over the
 * plain ones and removes what would stay plain. A kill before the marker leaves the plain workspace as it was (the
 * hidden folder is removed by the next opening for changes); a kill after it is finished by the next opening, before
 * anything else. So the folder always opens: plain as before, or encrypted under the new passphrase.
 */
public final class InPlaceEncryption {

    private InPlaceEncryption() {}

    /**
     * Encrypts the plain workspace in {@code folder} under {@code passphrase}, which is left to the caller to clear.
     * Its snapshots, automatic backups, search index and log files are removed, not encrypted: they are plain copies.
     *
     * @throws ValidationException if the passphrase is too short or the workspace is encrypted already
     * @throws org.stocktake.shared.WorkspaceInUseException if another process has it open
     * @throws WorkspaceNotWritableException if it cannot be written (read-only, full disk); it stays plain
     */
    public static void encrypt(Path folder, Clock clock, char[] passphrase, Progress progress) {
        Path absolute = folder.toAbsolutePath().normalize();
        EncryptionSwitch.finishIfStarted(absolute);
        if (!Workspace.exists(absolute)) {
            throw new NotAWorkspaceException(absolute);
        }
        if (KeyFile.in(absolute)) {
            throw new ValidationException(
                    "The workspace in " + absolute + " is encrypted already; nothing was changed. To choose another"
                            + " passphrase, change it instead.");
        }
        PassphraseChange.checkNew(passphrase, "nothing was changed");
        Path build = absolute.resolve(EncryptionSwitch.BUILD);
        Workspace plain = Workspace.open(absolute, clock, Access.WRITE, Storage.DISK);
        boolean ready = false;
        try {
            plain.readOnlyReason().ifPresent(reason -> {
                throw new WorkspaceNotWritableException(reason);
            });
            EncryptionSwitch.deleteTree(build);
            Files.createDirectories(build);
            progress.message("Deriving the key from the passphrase");
            try (WorkspaceKey key = KeyFile.create(build, passphrase)) {
                progress.message("Encrypting the database");
                plain.database().copyEncryptedTo(build, key);
                seal(absolute, build, key, progress);
            }
            EncryptionSwitch.markReady(build);
            ready = true;
        } catch (IOException e) {
            throw new WorkspaceNotWritableException(
                    "The workspace in " + absolute + " could not be encrypted and stays as it was: "
                            + FileProblem.ofWriting(build, e),
                    e);
        } finally {
            plain.close();
            if (!ready) {
                try {
                    EncryptionSwitch.deleteTree(build);
                } catch (IOException e) {
                    // The next opening for changes removes it.
                }
            }
        }
        progress.message("Putting the encrypted files in place");
        EncryptionSwitch.finishIfStarted(absolute);
    }

    /** Every stored file, sealed into the build under the same name (the SHA-256 of its plain content). */
    private static void seal(Path folder, Path build, WorkspaceKey key, Progress progress) throws IOException {
        Path evidence = folder.resolve(ContentStore.FOLDER);
        if (!Files.isDirectory(evidence)) {
            return;
        }
        List<Path> stored;
        try (Stream<Path> all = Files.walk(evidence)) {
            stored = all.filter(Files::isRegularFile)
                    .filter(p -> !evidence.relativize(p).toString().startsWith("."))
                    .toList();
        }
        ContentStore sealed = ContentStore.sealed(build, key.files());
        int done = 0;
        for (Path file : stored) {
            progress.message("Encrypting the library's files");
            sealed.put(file);
            progress.update(++done, stored.size());
        }
        EncryptionSwitch.deleteTree(build.resolve(ContentStore.FOLDER).resolve(".incoming"));
    }
}
