package org.stocktake.shared.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a write the disk refused, wherever H2 wrapped it, and says so in one sentence. H2 reports the operating
 * system's own words inside its messages, so the words are looked for in every message of the chain.
 */
final class DiskFailure {

    /** H2's error codes for a write refused because the database is read-only or was closed by a failed write. */
    static final int READ_ONLY = 90097;

    static final int CLOSED = 90098;

    private static final String[] FULL = {
        "no space left on device", "disk quota exceeded", "not enough space on the disk", "disk full"
    };
    private static final String[] READ_ONLY_DISK = {"read-only file system"};

    private DiskFailure() {}

    static boolean isFull(Throwable error) {
        return mentions(error, FULL);
    }

    static boolean isReadOnlyDisk(Throwable error) {
        return mentions(error, READ_ONLY_DISK);
    }

    static boolean hasCode(Throwable error, int code) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable error, String[] words) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (message.contains(word)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static String fullAtOpen(long freeBytes) {
        return "The disk holding the workspace is full (" + Storage.amount(freeBytes) + " free); Stocktake opened it"
                + " read-only. Free some space and open it again; you can still read and export.";
    }

    static String folderReadOnly(Path folder) {
        return "The workspace folder " + folder + " cannot be written to; Stocktake opened it read-only. Make it"
                + " writable and open it again; you can still read and export.";
    }

    static String readOnlyDiskAtOpen(Path folder) {
        return "The disk holding " + folder + " is read-only; Stocktake opened the workspace read-only. You can"
                + " still read and export.";
    }

    static String fullOnWrite() {
        return "The change was not saved: the disk holding the workspace is full. Everything saved before it is"
                + " kept; free some space, then open the workspace again.";
    }

    static String readOnlyDiskOnWrite() {
        return "The change was not saved: the disk holding the workspace refused to write (it is read-only)."
                + " Everything saved before it is kept; open the workspace again from a writable disk.";
    }

    static Optional<String> onWrite(Throwable error) {
        if (isFull(error)) {
            return Optional.of(fullOnWrite());
        }
        if (isReadOnlyDisk(error)) {
            return Optional.of(readOnlyDiskOnWrite());
        }
        return Optional.empty();
    }
}
