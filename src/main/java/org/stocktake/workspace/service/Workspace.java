package org.stocktake.workspace.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotAWorkspaceException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.WorkspaceInUseException;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.crypto.Passphrase;
import org.stocktake.shared.crypto.WorkspaceKey;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.persistence.WriteCheck;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.workspace.persistence.WorkspaceRepository;

/**
 * A workspace is one folder, opened and closed as one thing: the database now, and later the stored files and the
 * search index beside it. It is made only when asked ({@link #create}), whole or not at all; opening never makes one.
 */
public final class Workspace implements AutoCloseable {

    public static final String DEFAULT_NAME = "Stocktake workspace";

    /** The file naming who has the workspace open for changes, there only while someone has. */
    public static final String HOLDER_FILE = Holder.FILE_NAME;

    /** The shortest passphrase an encrypted workspace takes. */
    public static final int MIN_PASSPHRASE = 8;

    private final Path folder;
    private final Database database;
    private final WorkspaceInfo unnamed;
    private final Clock clock;
    /** The unlocked key of an encrypted workspace, or null for a plain one. */
    private final WorkspaceKey key;

    private final boolean ownsKey;
    /** This process, named in the folder while it has the workspace open for changes; null when read-only. */
    private Holder holder;

    Workspace(Path folder, Database database, Clock clock, WorkspaceKey key, boolean ownsKey) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        this.key = key;
        this.ownsKey = ownsKey;
        this.unnamed = new WorkspaceInfo(UUID.randomUUID(), DEFAULT_NAME, OffsetDateTime.now(clock));
    }

    /** Whether {@code folder} holds a Stocktake workspace. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(Database.file(folder));
    }

    /** Opens the workspace in {@code folder} on the local disk for changes. As {@link #open(Path, Clock, Access, Storage)}. */
    public static Workspace open(Path folder, Clock clock) {
        return open(folder, clock, Access.WRITE, Storage.DISK);
    }

    /**
     * Opens the workspace in {@code folder} and migrates it forward. Opened for changes, it first keeps a
     * {@linkplain Snapshots snapshot} of the database when it changed since the last one; it is opened read-only
     * instead, saying why in {@link #readOnlyReason()}, when the disk is short of room or the folder cannot be written.
     *
     * @throws NotAWorkspaceException if the folder holds no workspace; nothing is created
     * @throws org.stocktake.shared.WorkspaceInUseException if another process has it open
     * @throws org.stocktake.shared.WorkspaceUnreadableException if its database cannot be read
     */
    public static Workspace open(Path folder, Clock clock, Access access, Storage storage) {
        return open(folder, clock, access, storage, Passphrase.none());
    }

    /**
     * As {@link #open(Path, Clock, Access, Storage)}; an encrypted workspace is first unlocked with the passphrase
     * {@code passphrase} gives, which is asked for only once its key file has been read and found sound. The key is
     * checked before the database is touched or a snapshot taken, so a refusal changes nothing in the folder.
     *
     * @throws org.stocktake.shared.WrongPassphraseException if the passphrase does not unlock it
     * @throws org.stocktake.shared.WorkspaceKeyException if its key file is missing, damaged or another's
     */
    public static Workspace open(Path folder, Clock clock, Access access, Storage storage, Passphrase passphrase) {
        Path absolute = folder.toAbsolutePath().normalize();
        // An encryption in place cut short after its build was whole is finished before anything reads the folder.
        EncryptionSwitch.finishIfStarted(absolute);
        if (!exists(absolute)) {
            throw new NotAWorkspaceException(absolute);
        }
        WorkspaceKey key = unlock(absolute, passphrase);
        try {
            return open(absolute, clock, access, storage, key);
        } catch (RuntimeException e) {
            if (key != null) {
                key.close();
            }
            throw e;
        }
    }

    /**
     * Whether the workspace in {@code folder} is encrypted, so that its passphrase will be needed to open it: also when
     * an encryption in place was cut short after its build was whole, which the opening will finish.
     */
    public static boolean isEncrypted(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return KeyFile.in(absolute) || EncryptionSwitch.pending(absolute);
    }

    private static WorkspaceKey unlock(Path folder, Passphrase passphrase) {
        if (!KeyFile.in(folder)) {
            return null;
        }
        KeyFile file = KeyFile.read(folder);
        char[] given = passphrase.of(folder);
        try {
            return file.unlock(given);
        } finally {
            Arrays.fill(given, ' ');
        }
    }

    private static Workspace open(Path absolute, Clock clock, Access access, Storage storage, WorkspaceKey key) {
        Path snapshot = access == Access.WRITE
                        && WriteCheck.whyReadOnly(absolute, storage).isEmpty()
                ? Snapshots.copy(absolute, storage)
                : null;
        Database database;
        try {
            database = Database.open(absolute, storage, access, key);
        } catch (WorkspaceInUseException e) {
            Snapshots.discard(snapshot);
            Optional<String> holder =
                    Holder.readFrom(absolute).filter(Holder::believable).map(Holder::describe);
            throw holder.isPresent() ? new WorkspaceInUseException(absolute, holder.get(), e) : e;
        } catch (RuntimeException e) {
            Snapshots.discard(snapshot);
            throw e;
        }
        Snapshots.keep(snapshot);
        Workspace workspace = new Workspace(absolute, database, clock, key, true);
        if (database.readOnlyReason().isEmpty()) {
            WorkspaceCreation.clearLeftovers(absolute);
            workspace.holder = Holder.thisProcess(Actor.fromEnvironment(), clock);
            workspace.holder.writeTo(absolute);
        }
        return workspace;
    }

    /** Creates a workspace on the local disk. As {@link #create(Path, Clock, String, Storage, Consumer)}. */
    public static void create(Path folder, Clock clock, String name, Consumer<Workspace> contents) {
        create(folder, clock, name, Storage.DISK, contents);
    }

    /**
     * Creates a workspace named {@code name} in {@code folder} (absent or empty), filled by {@code contents}. It is
     * built to the side and appears in the folder whole, in one step, only once it is complete and written: a
     * creation cut short (a crash, a kill, a full disk) leaves no workspace, and the next attempt starts afresh.
     *
     * @throws org.stocktake.shared.WorkspaceNotCreatedException if the folder is a workspace already, holds other
     *     things, cannot be written, or the disk has no room; nothing is left behind
     */
    public static void create(Path folder, Clock clock, String name, Storage storage, Consumer<Workspace> contents) {
        create(folder, clock, name, storage, null, contents);
    }

    /**
     * As {@link #create(Path, Clock, String, Storage, Consumer)}, encrypted under {@code passphrase} unless it is null:
     * the database with H2's AES cipher, the stored files sealed, under a key derived from the passphrase, whose salt
     * is kept in the folder's key file. The passphrase is left to the caller to clear.
     */
    public static void create(
            Path folder, Clock clock, String name, Storage storage, char[] passphrase, Consumer<Workspace> contents) {
        if (passphrase != null && passphrase.length < MIN_PASSPHRASE) {
            throw new ValidationException("A passphrase needs at least " + MIN_PASSPHRASE
                    + " characters (a few words are best); nothing was created.");
        }
        new WorkspaceCreation(folder.toAbsolutePath().normalize(), clock, storage).create(name, passphrase, contents);
    }

    public Path folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    /** Whether the workspace is encrypted: its files, index and log must then never reach the disk in plain text. */
    public boolean encrypted() {
        return key != null;
    }

    /** The workspace's file store, sealing every file when the workspace is encrypted. */
    public ContentStore store() {
        return key == null ? ContentStore.in(folder) : ContentStore.sealed(folder, key.files());
    }

    /** Why the workspace was opened read-only, or empty when it takes changes. */
    public Optional<String> readOnlyReason() {
        return database.readOnlyReason();
    }

    /** The workspace's identity and current name. */
    public WorkspaceInfo info() {
        return new WorkspaceRepository().find(database.dsl()).orElse(unnamed);
    }

    /** Names the workspace. */
    public void rename(String name) {
        database.transact(tx -> {
            WorkspaceRepository repository = new WorkspaceRepository();
            if (repository.find(tx).isPresent()) {
                repository.rename(tx, name);
            } else {
                repository.insert(tx, name, OffsetDateTime.now(clock));
            }
        });
    }

    @Override
    public void close() {
        database.close();
        if (holder != null) {
            holder.clearFrom(folder);
        }
        if (key != null && ownsKey) {
            key.close();
        }
    }
}
