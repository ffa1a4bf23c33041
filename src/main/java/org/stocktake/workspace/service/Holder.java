package org.stocktake.workspace.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.shared.Actor;
import org.stocktake.shared.files.AtomicFile;
import org.stocktake.shared.files.FileWriteException;

/**
 * Who has a workspace open for changes: a small file in its folder, written when it is opened for changes and removed
 * when it is closed, so that a second window or command that finds the database locked can say who holds it rather
 * than only that someone does. The lock itself is the database's; this file only names its holder, and is believed
 * only where it can be: a holder on this machine whose process has gone is not quoted.
 */
record Holder(String user, String machine, long process, Instant since) {

    static final String FILE_NAME = "workspace.holder";

    private static final Logger LOG = Logger.getLogger(Holder.class.getName());
    private static final int MOST_BYTES = 4096;
    private static final int MOST_CHARS = 120;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", Locale.UK).withZone(ZoneId.systemDefault());

    /** This process, acting for {@code actor}, from now. */
    static Holder thisProcess(Actor actor, Clock clock) {
        return new Holder(actor.name(), machineName(), ProcessHandle.current().pid(), clock.instant());
    }

    /**
     * Names this process as the holder of the workspace in {@code folder}. A file that cannot be written (a full
     * disk) is logged and left: it only ever helps a message.
     */
    void writeTo(Path folder) {
        try {
            AtomicFile.writeText(folder.resolve(FILE_NAME), out -> {
                Properties properties = new Properties();
                properties.setProperty("user", user);
                properties.setProperty("machine", machine);
                properties.setProperty("process", Long.toString(process));
                properties.setProperty("since", since.toString());
                properties.store(out, null);
            });
        } catch (FileWriteException e) {
            LOG.log(Level.INFO, "Who holds the workspace in " + folder + " could not be written", e);
        }
    }

    /** Removes the holder file of {@code folder} when it still names this holder, and never another's. */
    void clearFrom(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (readFrom(folder).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.INFO, "The holder file " + file + " could not be removed", e);
            }
        }
    }

    /** The holder named in {@code folder}, when its file is there, small, whole and believable. */
    static Optional<Holder> readFrom(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MOST_BYTES + 1);
            if (bytes.length > MOST_BYTES) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            return Optional.of(new Holder(
                    plain(properties.getProperty("user")),
                    plain(properties.getProperty("machine")),
                    Long.parseLong(properties.getProperty("process", "")),
                    Instant.parse(properties.getProperty("since", ""))));
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether this holder can be believed: on another machine it cannot be checked, on this one its process lives. */
    boolean believable() {
        return !machine.equals(machineName()) || ProcessHandle.of(process).isPresent();
    }

    /** "Frances Done has had it open for changes on panel-laptop since 09:14 on 30 Nov 2026". */
    String describe() {
        return user + " has had it open for changes on " + machine + " since " + WHEN.format(since);
    }

    /** What the file says, as one short line with no control characters: it is shown to the user as it is. */
    private static String plain(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing");
        }
        String line = value.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() > MOST_CHARS ? line.substring(0, MOST_CHARS) + "…" : line;
    }

    private static String machineName() {
        String windows = System.getenv("COMPUTERNAME");
        if (windows != null && !windows.isBlank()) {
            return windows.strip();
        }
        // The file, where there is one, rather than a lookup that can wait on a slow network.
        try {
            Path file = Path.of("/etc/hostname");
            if (Files.isRegularFile(file) && Files.size(file) < 256) {
                String name = Files.readString(file).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this computer";
        }
    }
}
