package org.stocktake.shared.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The disk under a workspace, as the database reaches it: H2's file-system scheme, and what the disk says about room
 * and permission before anything is written. The application always uses {@link #DISK}; tests put the database on
 * a disk that fills up or refuses writes, which a real disk cannot be made to do on demand.
 */
public interface Storage {

    /** The local file system. */
    Storage DISK = new Storage() {
        @Override
        public String scheme() {
            return "file";
        }

        @Override
        public long usableSpace(Path folder) throws IOException {
            return Files.getFileStore(folder).getUsableSpace();
        }

        @Override
        public boolean isWritable(Path file) {
            return Files.isWritable(file);
        }
    };

    /** The H2 file-system scheme the database URL names. */
    String scheme();

    /** Bytes this process may still write on the disk holding {@code folder}. */
    long usableSpace(Path folder) throws IOException;

    /** Whether this process may write {@code file} (a folder or a file that exists). */
    boolean isWritable(Path file);

    /** A size as a person reads it: whole megabytes, or kilobytes below one. */
    static String amount(long bytes) {
        long megabytes = bytes / (1024 * 1024);
        return megabytes > 0 ? megabytes + " MB" : Math.max(0, bytes / 1024) + " KB";
    }
}
