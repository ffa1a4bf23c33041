package org.stocktake.workspace.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.stocktake.shared.WorkspaceNotCreatedException;
import org.stocktake.shared.WorkspaceNotWritableException;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.crypto.WorkspaceKey;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.persistence.WriteCheck;
import org.stocktake.workspace.persistence.WorkspaceRepository;

/**
 * Makes a workspace whole or not at all. Everything is built in a hidden folder inside the target, in several
 * transactions; the database file is closed, checked, forced to the disk and only then renamed into the folder, in one
 * step the file system does atomically. The database file is what makes a folder a workspace, so until that rename
 * the folder holds none, and a hidden build left by a crash is cleared by the next attempt.
 */
final class WorkspaceCreation {

    private static final Logger LOG = Logger.getLogger(WorkspaceCreation.class.getName());

    static final String BUILD_PREFIX = ".stocktake-new-";

    private final Path folder;
    private final Clock clock;
    private final Storage storage;

    WorkspaceCreation(Path folder, Clock clock, Storage storage) {
        this.folder = folder;
        this.clock = clock;
        this.storage = storage;
    }

    void create(String name, char[] passphrase, Consumer<Workspace> contents) {
        boolean madeFolder = !Files.exists(folder);
        boolean done = false;
        try {
            prepareFolder();
            build(name, passphrase, contents);
            done = true;
        } finally {
            if (!done && madeFolder) {
                deleteQuietly(folder);
            }
        }
    }

    private void build(String name, char[] passphrase, Consumer<Workspace> contents) {
        Path build;
        try {
            build = Files.createTempDirectory(folder, BUILD_PREFIX);
        } catch (IOException e) {
            throw refused("the folder cannot be written to (" + reason(e) + ")", e);
        }
        try (WorkspaceKey key = passphrase == null ? null : KeyFile.create(build, passphrase)) {
            fill(build, name, key, contents);
            check(build, key);
            if (key != null) {
                // Before the database: a database in the folder without its key file could never be opened.
                moveIntoPlace(build.resolve(KeyFile.NAME), folder.resolve(KeyFile.NAME));
            }
            moveIntoPlace(Database.file(build), Database.file(folder));
            moveTheRest(build);
        } catch (IOException e) {
            throw refused("its key file could not be written (" + reason(e) + ")", e);
        } catch (WorkspaceNotWritableException e) {
            throw refused("the disk refused a write while it was being made (it is full or read-only)", e);
        } finally {
            deleteQuietly(build);
        }
    }

    private void prepareFolder() {
        if (Workspace.exists(folder)) {
            throw new WorkspaceNotCreatedException(
                    "There is already a Stocktake workspace in " + folder + "; open it, or choose another folder.");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new WorkspaceNotCreatedException(
                    folder + " is a file, not a folder; choose a new or empty folder for the workspace.");
        }
        try {
            Files.createDirectories(folder);
            clearLeftovers();
            // A key file with no database beside it is what an encrypted creation cut short left; it unlocks nothing,
            // and left here it would mark the workspace made now as encrypted.
            Files.deleteIfExists(folder.resolve(KeyFile.NAME));
        } catch (IOException e) {
            throw refused("the folder cannot be made or written to (" + reason(e) + ")", e);
        }
        if (!isEmpty()) {
            throw new WorkspaceNotCreatedException(folder + " is not empty and holds no Stocktake workspace; choose a"
                    + " new or empty folder, or open the workspace you meant.");
        }
        if (!storage.isWritable(folder)) {
            throw refused("the folder cannot be written to", null);
        }
        long free;
        try {
            free = storage.usableSpace(folder);
        } catch (IOException e) {
            return;
        }
        if (free < WriteCheck.MIN_FREE_BYTES) {
            throw new WorkspaceNotCreatedException("There is not enough room to create a workspace in " + folder + " ("
                    + Storage.amount(free) + " free, " + Storage.amount(WriteCheck.MIN_FREE_BYTES)
                    + " needed). Free some space and try again.");
        }
    }

    /**
     * Finishes what a creation killed after its database was moved into place left behind in {@code workspace}: the
     * files that were still to follow the database (the audit trail's head file, say) are moved in, and the hidden
     * build is removed. Called when a workspace opens for changes; a failure is only logged.
     */
    static void clearLeftovers(Path workspace) {
        try {
            new WorkspaceCreation(workspace, null, null).clearLeftovers();
        } catch (IOException e) {
            LOG.warning("A hidden folder left by a creation was not removed: " + e);
        }
    }

    /**
     * Hidden builds of attempts cut short. One whose database is still inside never became a workspace and goes
     * whole; one whose database was moved out had only its other files left to follow, which follow now.
     */
    private void clearLeftovers() throws IOException {
        EncryptionSwitch.removeUnfinished(folder);
        for (Path child : children()) {
            if (child.getFileName().toString().startsWith(BUILD_PREFIX)) {
                if (Files.isDirectory(child) && !Files.exists(Database.file(child)) && Workspace.exists(folder)) {
                    moveTheRest(child);
                }
                deleteTree(child);
            }
        }
    }

    /**
     * Moves the build's other files (the audit trail's head file, say) in beside the database. They come after it:
     * the database is what makes the folder a workspace, so files that arrived before it would make a folder that
     * failed to become one look like someone's files.
     */
    private void moveTheRest(Path build) {
        try (Stream<Path> files = Files.list(build)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(file.getFileName().toString());
                if (!isDatabaseLeftover(file) && !Files.exists(target)) {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    "Files of a new workspace did not follow its database; the next opening moves them",
                    e);
        }
    }

    /** H2's own lock and trace files belong to the session that made them. */
    private static boolean isDatabaseLeftover(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".lock.db") || name.endsWith(".trace.db");
    }

    /**
     * Empty but for window settings, which a window that started here without a workspace may have saved, and a key
     * file left by an encrypted creation cut short just before its database was moved in.
     */
    private boolean isEmpty() {
        try {
            return children().stream()
                    .allMatch(c -> c.getFileName().toString().equals(WindowSettings.FILE_NAME)
                            || c.getFileName().toString().equals(KeyFile.NAME));
        } catch (IOException e) {
            return false;
        }
    }

    private List<Path> children() throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.toList();
        }
    }

    /** The contents first, the row that names the workspace last. */
    private void fill(Path build, String name, WorkspaceKey key, Consumer<Workspace> contents) {
        // The key is the build's to close, not this workspace's: the check after it needs it still.
        try (Workspace workspace = new Workspace(build, Database.create(build, storage, key), clock, key, false)) {
            contents.accept(workspace);
            workspace.database().transact(tx -> new WorkspaceRepository().insert(tx, name, OffsetDateTime.now(clock)));
        }
    }

    /** Reads the closed database back, as the next opening will, before anything is said to be created. */
    private void check(Path build, WorkspaceKey key) {
        try (Database database = Database.open(build, storage, Access.READ, key)) {
            if (new WorkspaceRepository().find(database.dsl()).isEmpty()) {
                throw new IllegalStateException("The new workspace's database has no name row after it was closed.");
            }
        }
    }

    private void moveIntoPlace(Path built, Path target) {
        try {
            try (FileChannel file = FileChannel.open(built, StandardOpenOption.WRITE)) {
                file.force(true);
            }
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            String what = built.getFileName().toString().equals(KeyFile.NAME) ? "key file" : "database";
            throw refused("its " + what + " could not be moved into place (" + reason(e) + ")", e);
        }
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            // Makes the rename itself durable where the platform allows a folder to be forced (not on Windows).
            directory.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "The workspace folder could not be forced to disk", e);
        }
    }

    private WorkspaceNotCreatedException refused(String why, Exception cause) {
        return new WorkspaceNotCreatedException(
                "No workspace was created in " + folder + ": " + why + ". Nothing was left in the folder.", cause);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void deleteQuietly(Path tree) {
        try {
            deleteTree(tree);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A workspace build was not removed; the next creation will remove it: " + e);
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> all = Files.walk(tree)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
