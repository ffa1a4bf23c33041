package org.stocktake.audit.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The trail's head kept outside the database, in a small file in the workspace folder: the newest committed entry's
 * sequence number and hash. Cutting the newest entries off the trail then takes editing this file as well as the
 * database, or verification sees the trail end before the file says it reached.
 */
public final class HeadFile {

    public static final String NAME = "audit-head";

    private static final Logger LOG = Logger.getLogger(HeadFile.class.getName());
    private static final String FIRST_LINE = "stocktake audit head";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;
    private final Path file;
    private long written = -1;

    /** The file is there but does not hold a head as Stocktake writes it. */
    public static final class DamagedException extends Exception {
        DamagedException(String message) {
            super(message);
        }
    }

    public HeadFile(Path folder) {
        this.folder = folder;
        this.file = folder.resolve(NAME);
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /**
     * The head the file holds, or empty when there is no file.
     *
     * @throws DamagedException if the file is there but cannot be read as a head
     */
    public Optional<AuditRepository.Head> read() throws DamagedException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new DamagedException("it cannot be read (" + e.getMessage() + ")");
        }
        if (lines.size() != 3
                || !lines.get(0).equals(FIRST_LINE)
                || !lines.get(1).matches("seq (0|[1-9][0-9]{0,17})")
                || !lines.get(2).startsWith("hash ")
                || !HASH.matcher(lines.get(2).substring(5)).matches()) {
            throw new DamagedException("it is not a head as Stocktake writes it");
        }
        return Optional.of(new AuditRepository.Head(
                Long.parseLong(lines.get(1).substring(4)), lines.get(2).substring(5)));
    }

    /**
     * Replaces the file with {@code head} so that a crash leaves either the old file or the new one, never a torn
     * one: written to a temporary file, forced to disk, then moved over the old one. The folder is not forced after
     * the move: a move lost to a power cut leaves the old file, which is only behind the trail, and that is accepted.
     */
    public synchronized void write(AuditRepository.Head head) throws IOException {
        Path temporary = folder.resolve(NAME + ".tmp");
        byte[] text =
                (FIRST_LINE + "\nseq " + head.seq() + "\nhash " + head.hash() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(
                temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(text);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        written = Math.max(written, head.seq());
    }

    /**
     * Moves the file on to a head just committed. Never creates a missing file: once the trail has started keeping
     * it, a missing file is evidence that verification reports, not something to paper over. Commits can finish out
     * of order, so an older head than one already written is ignored. A failure is logged, not thrown, because the
     * change has committed already; the file then lags behind the trail, which verification accepts.
     */
    public synchronized void advance(AuditRepository.Head head) {
        if (head.seq() <= written || !exists()) {
            return;
        }
        try {
            write(head);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The audit head file could not be updated; it lags behind the trail", e);
        }
    }
}
