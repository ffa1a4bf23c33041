package org.stocktake.workspace.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.persistence.WriteCheck;

/**
 * Copies of the database file kept in the workspace's {@code snapshots} folder, so the last good state survives a
 * file the disk damaged. One is taken when the workspace is opened for changes and its database was written since
 * the newest copy, and kept once the database has opened; the newest {@link #KEEP} are kept. A snapshot is named by the time its database was last written
 * (UTC), so an unchanged database is recognised by name alone and a person can see how old each one is. Restoring
 * is copying one back over {@code stocktake.mv.db} while Stocktake is closed.
 */
public final class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());

    public static final String FOLDER = "snapshots";
    public static final int KEEP = 3;

    private static final String PREFIX = Database.FILE_NAME + "-";
    private static final String PARTIAL = ".partial";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private Snapshots() {}

    /**
     * Copies the database of the closed workspace in {@code folder} when it changed since the newest snapshot. The
     * copy counts as a snapshot only once the database has opened: {@link #keep} it then, {@link #discard} it if the
     * opening failed, so a damaged file never pushes a good snapshot out. Never fails the opening: when the disk is
     * short of room, the database is held by another process or the copy fails, there is no copy and the reason is
     * logged.
     *
     * @return the copy, or null when none was made
     */
    static Path copy(Path folder, Storage storage) {
        Path database = Database.file(folder);
        Path snapshots = folder.resolve(FOLDER);
        Path partial = null;
        try {
            FileTime written = Files.getLastModifiedTime(database);
            Path snapshot = snapshots.resolve(PREFIX + STAMP.format(written.toInstant()) + Database.FILE_SUFFIX);
            if (Files.exists(snapshot)) {
                return null;
            }
            long size = Files.size(database);
            if (storage.usableSpace(folder) < size + WriteCheck.roomNeeded(size)) {
                LOG.info("No snapshot of the workspace was taken: the disk is short of room.");
                return null;
            }
            Files.createDirectories(snapshots);
            partial = snapshot.resolveSibling(snapshot.getFileName() + PARTIAL);
            return copyUnlessInUse(database, partial) ? partial : null;
        } catch (IOException | OverlappingFileLockException e) {
            LOG.warning("No snapshot of the workspace was taken: " + e);
            discard(partial);
            return null;
        }
    }

    /** Makes a {@link #copy} a snapshot, and lets the oldest go beyond {@link #KEEP}. */
    static void keep(Path copy) {
        if (copy == null) {
            return;
        }
        String name = copy.getFileName().toString();
        try {
            Files.move(
                    copy,
                    copy.resolveSibling(name.substring(0, name.length() - PARTIAL.length())),
                    StandardCopyOption.ATOMIC_MOVE);
            prune(copy.getParent());
        } catch (IOException e) {
            LOG.warning("A snapshot of the workspace was not kept: " + e);
            discard(copy);
        }
    }

    /** Drops a {@link #copy} of a database that did not open. */
    static void discard(Path copy) {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(copy);
            if (list(copy.getParent()).isEmpty()) {
                // A folder left empty by the first opening, which failed, is not left behind.
                Files.deleteIfExists(copy.getParent());
            }
        } catch (IOException e) {
            LOG.warning("A partial snapshot was not removed: " + e);
        }
    }

    /**
     * Copies under a shared lock, which a Stocktake process writing the database would hold against: the copy is
     * then of a file nobody is writing.
     */
    private static boolean copyUnlessInUse(Path database, Path partial) throws IOException {
        try (FileChannel in = FileChannel.open(database, StandardOpenOption.READ);
                FileLock lock = in.tryLock(0, Long.MAX_VALUE, true)) {
            if (lock == null) {
                return false;
            }
            try (FileChannel out = FileChannel.open(
                    partial,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                long size = in.size();
                for (long done = 0; done < size; ) {
                    done += in.transferTo(done, size - done, out);
                }
                out.force(true);
            }
            return true;
        }
    }

    private static void prune(Path snapshots) throws IOException {
        try (Stream<Path> files = Files.list(snapshots)) {
            // Copies left by an opening that was cut short.
            for (Path stale : files.filter(f -> f.toString().endsWith(PARTIAL)).toList()) {
                Files.deleteIfExists(stale);
            }
        }
        List<Path> all = list(snapshots);
        for (Path old : all.subList(0, Math.max(0, all.size() - KEEP))) {
            Files.deleteIfExists(old);
        }
    }

    /** The snapshots in {@code snapshots}, oldest first. */
    public static List<Path> list(Path snapshots) throws IOException {
        if (!Files.isDirectory(snapshots)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(snapshots)) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(Database.FILE_SUFFIX);
                    })
                    .sorted()
                    .toList();
        }
    }
}
