package org.stocktake.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * A log file that rolls over: {@code stocktake.log} is the newest, {@code stocktake.log.1} the one before, and so on.
 * The file is opened for each record and closed again, because records are rare (failures and warnings): no handle
 * is held on the workspace, several processes can share the file, and a workspace can be moved or deleted at any
 * time. A record that cannot be written is dropped; logging never stops the app.
 */
final class RollingLogFile extends Handler {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    // Fills in a record's parameters and resource bundle the way every java.util.logging handler does.
    private static final Formatter MESSAGE = new SimpleFormatter();

    private final Path file;
    private final long limitBytes;
    private final int olderFiles;

    private RollingLogFile(Path file, long limitBytes, int olderFiles) {
        this.file = file;
        this.limitBytes = limitBytes;
        this.olderFiles = olderFiles;
    }

    /** The log in {@code folder}, or {@code null} when that folder cannot be made. */
    static RollingLogFile in(Path folder, long limitBytes, int olderFiles) {
        try {
            Files.createDirectories(folder);
            return new RollingLogFile(folder.resolve("stocktake.log"), limitBytes, olderFiles);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        byte[] text = format(record).getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.exists(file) && Files.size(file) + text.length > limitBytes) {
                roll();
            }
            Files.write(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // A full disk or a read-only folder: the record is lost, the work goes on.
        }
    }

    private void roll() throws IOException {
        for (int older = olderFiles - 1; older >= 1; older--) {
            Path from = numbered(older);
            if (Files.exists(from)) {
                Files.move(from, numbered(older + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path numbered(int older) {
        return file.resolveSibling(file.getFileName() + "." + older);
    }

    private static String format(LogRecord record) {
        StringBuilder text = new StringBuilder()
                .append(WHEN.format(Instant.ofEpochMilli(record.getMillis()).atZone(ZoneId.systemDefault())))
                .append(' ')
                .append(record.getLevel().getName())
                .append(' ')
                .append(record.getLoggerName())
                .append(": ")
                .append(MESSAGE.formatMessage(record))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append(trace);
        }
        return text.toString();
    }

    @Override
    public void flush() {
        // Every record is written and closed as it comes.
    }

    @Override
    public void close() {
        // No file is held open.
    }
}
