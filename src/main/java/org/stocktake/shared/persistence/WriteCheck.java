package org.stocktake.shared.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether the disk under a workspace can take writes, asked before H2 writes anything: a write that runs out of room
 * half-way is how a database file gets damaged, so short of room the database is opened read-only instead.
 */
public final class WriteCheck {

    private static final Logger LOG = Logger.getLogger(WriteCheck.class.getName());

    /** The least free space a workspace is opened for writing with: room for a session's edits and H2's upkeep. */
    public static final long MIN_FREE_BYTES = 8L * 1024 * 1024;

    /**
     * The free space a workspace needs to be opened for writing: {@link #MIN_FREE_BYTES} or the size of its database,
     * whichever is larger, since H2 may rewrite much of the file while it tidies it.
     */
    public static long roomNeeded(long databaseBytes) {
        return Math.max(MIN_FREE_BYTES, databaseBytes);
    }

    /** Why the database must be opened read-only, if it must: checked before H2 writes anything. */
    public static Optional<String> whyReadOnly(Path folder, Storage storage) {
        Path file = Database.file(folder);
        if (!storage.isWritable(folder) || (Files.exists(file) && !storage.isWritable(file))) {
            return Optional.of(DiskFailure.folderReadOnly(folder));
        }
        try {
            long free = storage.usableSpace(folder);
            long size = Files.exists(file) ? Files.size(file) : 0;
            if (free < roomNeeded(size)) {
                return Optional.of(DiskFailure.fullAtOpen(free));
            }
        } catch (IOException e) {
            // A disk that cannot say how much room it has is still written to; a write it refuses is reported then.
            LOG.warning("The free space of " + folder + " could not be read: " + e);
        }
        return Optional.empty();
    }

    static Optional<String> refusedAtOpen(Path folder, RuntimeException e) {
        if (DiskFailure.isFull(e)) {
            return Optional.of(DiskFailure.fullAtOpen(0));
        }
        if (DiskFailure.isReadOnlyDisk(e) || DiskFailure.hasCode(e, DiskFailure.READ_ONLY)) {
            return Optional.of(DiskFailure.readOnlyDiskAtOpen(folder));
        }
        return Optional.empty();
    }

    private WriteCheck() {}
}
