package org.stocktake.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.stocktake.shared.persistence.Storage;

/**
 * A disk that can be made to fill up or turn read-only on demand, which a real one cannot (and as root, permissions
 * stop nothing). The database reaches its files through H2's pluggable file layer, so this wraps the real files: a
 * write that would grow them past the room left writes what fits and then fails as the operating system does, with
 * "No space left on device"; a read-only disk refuses to open a file for writing with "Read-only file system". H2's
 * file layers are registered once per JVM by scheme, so the disk's state is the class's; tests use one at a time.
 */
public final class SimulatedDisk implements Storage {

    static final String SCHEME = "simulated";

    private static volatile long room = Long.MAX_VALUE;
    private static volatile long reportedFree = -1;
    private static volatile boolean readOnly;
    private static volatile boolean saysWritable = true;

    static {
        FilePath.register(new Layer());
    }

    private SimulatedDisk() {}

    /** A disk with room to spare, writable. */
    public static SimulatedDisk ample() {
        room = Long.MAX_VALUE;
        reportedFree = -1;
        readOnly = false;
        saysWritable = true;
        return new SimulatedDisk();
    }

    /** From now on the files may grow by only {@code bytes} more. */
    public void fillUpAfter(long bytes) {
        room = bytes;
    }

    /** Says that only {@code bytes} are free, whatever the real disk has. */
    public void reportFree(long bytes) {
        reportedFree = bytes;
    }

    /** Refuses every opening for writing; {@code admitted} says whether it admits so before one is tried. */
    public void becomeReadOnly(boolean admitted) {
        readOnly = true;
        saysWritable = !admitted;
    }

    /** Space freed, writes allowed again. */
    public void free() {
        ample();
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public long usableSpace(Path folder) throws IOException {
        return reportedFree >= 0 ? reportedFree : Storage.DISK.usableSpace(folder);
    }

    @Override
    public boolean isWritable(Path file) {
        return saysWritable && Files.isWritable(file);
    }

    /** H2's view of the disk; public with a public constructor because H2 makes one per path. */
    public static final class Layer extends FilePathWrapper {
        @Override
        public String getScheme() {
            return SCHEME;
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            if (readOnly && mode.contains("w")) {
                throw new IOException("Read-only file system");
            }
            return new Channel(getBase().open(mode));
        }
    }

    private static final class Channel extends FileBase {
        private final FileChannel file;

        Channel(FileChannel file) {
            this.file = file;
        }

        @Override
        public synchronized int write(ByteBuffer source, long position) throws IOException {
            long growth = Math.max(0, position + source.remaining() - file.size());
            if (growth > room) {
                int fits = (int) Math.max(0, file.size() + room - position);
                if (fits > 0) {
                    ByteBuffer part = source.duplicate();
                    part.limit(part.position() + fits);
                    file.write(part, position);
                }
                room = 0;
                throw new IOException("No space left on device");
            }
            if (room != Long.MAX_VALUE) {
                room -= growth;
            }
            return file.write(source, position);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            int written = write(source, file.position());
            file.position(file.position() + written);
            return written;
        }

        @Override
        public int read(ByteBuffer target, long position) throws IOException {
            return file.read(target, position);
        }

        @Override
        public int read(ByteBuffer target) throws IOException {
            return file.read(target);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long position) throws IOException {
            file.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            long before = file.size();
            file.truncate(size);
            if (room != Long.MAX_VALUE && size < before) {
                room += before - size;
            }
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
