package org.stocktake.workspace.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.stocktake.shared.WorkspaceNotWritableException;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.store.ContentStore;

/**
 * The switch from a plain workspace to its encrypted build, once the build is whole and marked ready. Every step can
 * be repeated: a file already moved is not there to move again, a folder already removed is not there to remove. So
 * a switch cut short is finished by whoever opens the folder next, before anything else reads it.
 */
final class EncryptionSwitch {

    /** The hidden folder inside the workspace where the encrypted workspace is built. */
    static final String BUILD = ".stocktake-encrypting";

    /** Written into the build once it is whole: from then on the switch goes forward, never back. */
    static final String READY = "ready";

    /**
     * What holds plain copies and goes: snapshots, automatic backups, the search index, the log, H2's trace file. By
     * name, as the features that write them are not this one's to depend on.
     */
    private static final List<String> PLAIN_COPIES =
            List.of(Snapshots.FOLDER, "backups", "index", "logs", Database.FILE_NAME + ".trace.db");

    private EncryptionSwitch() {}

    static void markReady(Path build) throws IOException {
        Path marker = build.resolve(READY);
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        forceFolder(build);
    }

    /** Whether a switch in {@code folder} was marked ready and not yet finished. */
    static boolean pending(Path folder) {
        return Files.exists(folder.resolve(BUILD).resolve(READY));
    }

    /**
     * Finishes a switch that was marked ready in {@code folder}; does nothing when there is none. A build not marked
     * ready is left for an opening for changes to remove, as its process may still be building it.
     *
     * @throws WorkspaceNotWritableException if the folder cannot be written to finish it
     */
    static void finishIfStarted(Path folder) {
        Path build = folder.resolve(BUILD);
        if (!pending(folder)) {
            return;
        }
        try {
            Path evidence = build.resolve(ContentStore.FOLDER);
            if (Files.isDirectory(evidence)) {
                List<Path> sealed;
                try (Stream<Path> all = Files.walk(evidence)) {
                    sealed = all.filter(Files::isRegularFile).toList();
                }
                for (Path file : sealed) {
                    Path target = folder.resolve(ContentStore.FOLDER)
                            .resolve(evidence.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    move(file, target);
                }
            }
            move(Database.file(build), Database.file(folder));
            for (String plain : PLAIN_COPIES) {
                deleteTree(folder.resolve(plain));
            }
            // Last, so that until the database is in place a key file never stands beside a plain one.
            move(build.resolve(KeyFile.NAME), folder.resolve(KeyFile.NAME));
            forceFolder(folder);
            Files.deleteIfExists(build.resolve(READY));
            deleteTree(build);
        } catch (IOException e) {
            throw new WorkspaceNotWritableException(
                    "The workspace in " + folder + " was being encrypted and the last step could not be finished ("
                            + e.getMessage() + "); make the folder writable or free some space and open it again.",
                    e);
        }
    }

    /** Removes a build never marked ready: called with the workspace held, so nobody is building it. */
    static void removeUnfinished(Path folder) throws IOException {
        Path build = folder.resolve(BUILD);
        if (Files.isDirectory(build) && !Files.exists(build.resolve(READY))) {
            deleteTree(build);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            // Moved already, by the switch that was cut short or one running beside this.
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (NoSuchFileException e) {
            return;
        }
        for (Path each : all) {
            Files.deleteIfExists(each);
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // The moves are made; only their durability across a power cut is less certain.
        }
    }
}
