package org.stocktake.backup.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * What the zip's central directory says each entry is. The JDK's zip reader hides the file type that the unix tools
 * record with an entry, so a link or a folder stored under a plain file's name would look like an ordinary file;
 * this reads the type itself. Only the names and types are read here: the contents go through the JDK's reader.
 */
final class ZipDirectory {

    /** What an entry is recorded as, when it is not an ordinary file. */
    enum Kind {
        LINK,
        FOLDER,
        SPECIAL
    }

    private static final int END = 0x06054b50;
    private static final int END64_LOCATOR = 0x07064b50;
    private static final int END64 = 0x06064b50;
    private static final int HEADER = 0x02014b50;
    private static final int UNIX = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;
    private static final int DIRECTORY = 0040000;
    private static final int SYMBOLIC_LINK = 0120000;
    private static final int DOS_DIRECTORY = 0x10;
    /** A directory larger than this is not one Stocktake wrote: even a vast store has far fewer files. */
    private static final long MOST_DIRECTORY = 64L * 1024 * 1024;

    private ZipDirectory() {}

    /** The entries that are not ordinary files, by name. */
    static Map<String, Kind> unusual(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65535);
            ByteBuffer end = read(channel, size - tail, tail);
            int at = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == END) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new IOException("no zip directory");
            }
            long count = end.getShort(at + 10) & 0xffff;
            long length = end.getInt(at + 12) & 0xffffffffL;
            long offset = end.getInt(at + 16) & 0xffffffffL;
            if ((count == 0xffff || offset == 0xffffffffL || length == 0xffffffffL)
                    && at >= 20
                    && end.getInt(at - 20) == END64_LOCATOR) {
                ByteBuffer end64 = read(channel, end.getLong(at - 20 + 8), 56);
                if (end64.getInt(0) != END64) {
                    throw new IOException("damaged zip directory");
                }
                count = end64.getLong(32);
                length = end64.getLong(40);
                offset = end64.getLong(48);
            }
            if (length > MOST_DIRECTORY || offset + length > size || length < 0 || offset < 0) {
                throw new IOException("damaged zip directory");
            }
            return kinds(read(channel, offset, (int) length), count);
        }
    }

    private static Map<String, Kind> kinds(ByteBuffer directory, long count) throws IOException {
        Map<String, Kind> kinds = new HashMap<>();
        int at = 0;
        for (long n = 0; n < count; n++) {
            if (at + 46 > directory.limit() || directory.getInt(at) != HEADER) {
                throw new IOException("damaged zip directory");
            }
            int host = (directory.getShort(at + 4) >> 8) & 0xff;
            int nameLength = directory.getShort(at + 28) & 0xffff;
            int extraLength = directory.getShort(at + 30) & 0xffff;
            int commentLength = directory.getShort(at + 32) & 0xffff;
            int external = directory.getInt(at + 38);
            if (at + 46 + nameLength > directory.limit()) {
                throw new IOException("damaged zip directory");
            }
            byte[] name = new byte[nameLength];
            directory.get(at + 46, name);
            Kind kind = kind(host, external);
            if (kind != null) {
                kinds.put(new String(name, StandardCharsets.UTF_8), kind);
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return kinds;
    }

    private static Kind kind(int host, int external) {
        if (host == UNIX) {
            int type = (external >>> 16) & TYPE_MASK;
            if (type == SYMBOLIC_LINK) {
                return Kind.LINK;
            }
            if (type == DIRECTORY) {
                return Kind.FOLDER;
            }
            if (type != 0 && type != REGULAR) {
                return Kind.SPECIAL;
            }
        }
        return (external & DOS_DIRECTORY) != 0 ? Kind.FOLDER : null;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("damaged zip directory");
            }
        }
        return buffer.flip();
    }
}
