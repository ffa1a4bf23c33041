package org.stocktake.shared.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.WorkspaceNotWritableException;
import org.stocktake.shared.crypto.FileSeal;
import org.stocktake.shared.files.FileProblem;

/**
 * Every file a workspace keeps, stored once under the SHA-256 of its bytes ({@code evidence/ab/cdef…}) and never
 * altered or replaced. It is the one place the workspace's files are written and read, so that they can later be
 * encrypted in one place. A file arrives whole or not at all: it is written to a temporary file, forced to disk and
 * then moved into place; what a killed process left half-way is cleared by {@link #tidy}. In an encrypted workspace each
 * file is kept {@linkplain FileSeal sealed}: still named by the SHA-256 of its plain bytes, so the same file is kept
 * once, and checked as it is read back.
 */
public final class ContentStore {

    public static final String FOLDER = "evidence";

    private static final Logger LOG = Logger.getLogger(ContentStore.class.getName());
    private static final String INCOMING = ".incoming";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    /** The seal of an encrypted workspace, or null for plain files. */
    private final FileSeal seal;

    private ContentStore(Path root, FileSeal seal) {
        this.root = root;
        this.seal = seal;
    }

    /** The store of the workspace in {@code workspaceFolder}; nothing is created until something is stored. */
    public static ContentStore in(Path workspaceFolder) {
        return new ContentStore(workspaceFolder.resolve(FOLDER), null);
    }

    /** The store of the encrypted workspace in {@code workspaceFolder}, each file sealed with {@code seal}. */
    public static ContentStore sealed(Path workspaceFolder, FileSeal seal) {
        return new ContentStore(workspaceFolder.resolve(FOLDER), seal);
    }

    /**
     * Stores a copy of {@code source}, reading it once while its digest is taken.
     *
     * @throws StoreReadException if the source cannot be read (gone, unreadable, cut short), with a sentence naming it
     * @throws WorkspaceNotWritableException if the workspace's disk refuses the copy; nothing is left behind
     */
    public StoredContent put(Path source) {
        try (InputStream in = Files.newInputStream(source)) {
            return put(in, source.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new StoreReadException(
                    "'" + source.getFileName() + "' is no longer there; it was moved or deleted.", e);
        } catch (IOException e) {
            throw new StoreReadException(FileProblem.ofReading(source, e), e);
        }
    }

    /** Stores {@code bytes}; as {@link #put(Path)}. */
    public StoredContent put(byte[] bytes, String name) {
        try {
            return put(new java.io.ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredContent put(InputStream source, String name) throws IOException {
        Path incoming = incoming();
        Path part = incoming.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID() + ".part");
        MessageDigest digest = sha256();
        long size;
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    InputStream in = new DigestInputStream(source, digest)) {
                OutputStream file = Channels.newOutputStream(channel);
                OutputStream out = seal == null ? file : seal.sealing(new UnclosedStream(file));
                size = copy(in, out, part, name);
                if (seal != null) {
                    try {
                        // The seal's last segment is written as it closes; the channel stays open to be forced.
                        out.close();
                    } catch (IOException e) {
                        throw refused(part, e);
                    }
                }
                channel.force(true);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = path(sha);
            if (Files.isRegularFile(target) && Files.size(target) == kept(size)) {
                Files.delete(part);
                return new StoredContent(sha, size, true);
            }
            Files.createDirectories(target.getParent());
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            target.toFile().setReadOnly();
            forceFolder(target.getParent());
            return new StoredContent(sha, size, false);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /** Copies, telling a failure to write the store from a failure to read the source. */
    private long copy(InputStream in, OutputStream out, Path part, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        while (true) {
            int read;
            try {
                read = in.read(buffer);
            } catch (IOException e) {
                throw new StoreReadException("'" + name + "' could not be read to the end: " + e.getMessage(), e);
            }
            if (read < 0) {
                return total;
            }
            try {
                out.write(buffer, 0, read);
            } catch (IOException e) {
                throw refused(part, e);
            }
            total += read;
        }
    }

    private Path incoming() {
        Path incoming = root.resolve(INCOMING);
        try {
            Files.createDirectories(incoming);
            return incoming;
        } catch (IOException e) {
            throw refused(incoming, e);
        }
    }

    private static WorkspaceNotWritableException refused(Path file, IOException e) {
        if (FileProblem.isDiskFull(e)) {
            return new WorkspaceNotWritableException(
                    "The disk holding the workspace is full; free some space and add the files again.", e);
        }
        return new WorkspaceNotWritableException(FileProblem.ofWriting(file, e), e);
    }

    /**
     * The bytes stored under {@code sha256}.
     *
     * @throws NotFoundException if the store holds no such content (the workspace's files were removed by hand)
     */
    public InputStream open(String sha256) {
        try {
            InputStream file = Files.newInputStream(path(sha256));
            if (seal != null) {
                return seal.opening(
                        file,
                        "The stored file " + sha256.substring(0, 12) + "… in the workspace's " + FOLDER + " folder");
            }
            return file;
        } catch (NoSuchFileException e) {
            throw new NotFoundException("The stored file " + sha256.substring(0, 12)
                    + "… is missing from the workspace's " + FOLDER + " folder.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** The size of stored content, or -1 when it is missing. */
    public long size(String sha256) {
        try {
            long kept = Files.size(path(sha256));
            return seal == null ? kept : FileSeal.plainSize(kept);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Removes content no record refers to any longer; the caller has made sure of that. */
    public void discard(String sha256) {
        deleteQuietly(path(sha256));
    }

    /** Every content stored, by digest. */
    public Set<String> stored() {
        Set<String> found = new HashSet<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (DirectoryStream<Path> prefixes = Files.newDirectoryStream(root, "[0-9a-f][0-9a-f]")) {
            for (Path prefix : prefixes) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(prefix)) {
                    for (Path file : files) {
                        String sha = prefix.getFileName().toString() + file.getFileName();
                        if (SHA256.matcher(sha).matches()) {
                            found.add(sha);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * Clears what an interrupted store left behind: temporary files of processes that are gone, and stored content
     * that {@code referenced} does not name (written, then its record never committed). Returns how many were removed.
     */
    public int tidy(Set<String> referenced) {
        int removed = 0;
        Path incoming = root.resolve(INCOMING);
        if (Files.isDirectory(incoming)) {
            try (DirectoryStream<Path> parts = Files.newDirectoryStream(incoming, "*.part")) {
                for (Path part : parts) {
                    if (!writtenByLiveProcess(part)) {
                        removed += deleteQuietly(part) ? 1 : 0;
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.INFO, "Could not list " + incoming, e);
            }
        }
        for (String sha : stored()) {
            if (!referenced.contains(sha)) {
                removed += deleteQuietly(path(sha)) ? 1 : 0;
            }
        }
        return removed;
    }

    private static boolean writtenByLiveProcess(Path part) {
        String name = part.getFileName().toString();
        int dash = name.indexOf('-');
        try {
            long pid = Long.parseLong(name.substring(0, dash));
            return pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether the content stored under {@code sha256} still has that digest. */
    public boolean intact(String sha256) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(open(sha256), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | NotFoundException e) {
            return false;
        }
        return HexFormat.of().formatHex(digest.digest()).equals(sha256);
    }

    /** The size on disk of {@code plain} bytes stored. */
    private long kept(long plain) {
        return seal == null ? plain : FileSeal.sealedSize(plain);
    }

    private Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 digest: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void forceFolder(Path folder) {
        // Makes the move itself durable; not every platform lets a folder be opened for this, which is harmless.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not force " + folder, e);
        }
    }

    private static boolean deleteQuietly(Path file) {
        try {
            if (Files.exists(file) && !Files.isWritable(file)) {
                file.toFile().setWritable(true);
            }
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.INFO, "Could not remove " + file, e);
            return false;
        }
    }
}
