package org.stocktake.backup.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.Progress;

/**
 * Backups taken on a schedule while the window is open: one when the newest is older than the schedule's hours, then
 * the oldest beyond the number kept are removed, only once the new one is complete. They are named by when they were
 * taken (UTC), so the newest is found by name and a person can see how old each one is.
 */
public final class AutomaticBackups {

    private static final Logger LOG = Logger.getLogger(AutomaticBackups.class.getName());
    private static final String PREFIX = "backup-";
    private static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** How often, how many to keep, and where. */
    public record Schedule(boolean on, int everyHours, int keep, Path folder) {

        public static final int MOST_HOURS = 24 * 7;
        public static final int MOST_KEPT = 100;

        public Schedule {
            if (everyHours < 1 || everyHours > MOST_HOURS) {
                throw new ValidationException("Back up every 1 to " + MOST_HOURS + " hours.");
            }
            if (keep < 1 || keep > MOST_KEPT) {
                throw new ValidationException("Keep 1 to " + MOST_KEPT + " backups.");
            }
        }
    }

    private final BackupTaking taking;
    private final Clock clock;

    public AutomaticBackups(BackupTaking taking, Clock clock) {
        this.taking = taking;
        this.clock = clock;
    }

    /** Whether a backup is due: the schedule is on and the newest in its folder is older than its hours, or none. */
    public boolean due(Schedule schedule) {
        if (!schedule.on()) {
            return false;
        }
        List<Path> kept = kept(schedule.folder());
        return kept.isEmpty()
                || takenAt(kept.get(kept.size() - 1))
                        .map(at -> !at.plus(Duration.ofHours(schedule.everyHours()))
                                .isAfter(clock.instant()))
                        .orElse(true);
    }

    /**
     * Takes a backup when one is {@linkplain #due due}, then removes the oldest beyond the number kept.
     *
     * @return the backup taken, or empty when none was due
     * @throws BackupRefusedException or {@link org.stocktake.shared.files.FileWriteException} if it could not be
     *     taken; the backups already kept are left as they are
     */
    public Optional<BackupTaking.Taken> takeIfDue(Schedule schedule, Progress progress) {
        if (!due(schedule)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(schedule.folder());
        } catch (IOException e) {
            throw new BackupRefusedException(
                    "The folder for automatic backups, " + schedule.folder() + ", could not be made: " + e.getMessage()
                            + ". Choose another in File > Automatic backups….",
                    e);
        }
        String name = PREFIX + STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)) + SUFFIX;
        BackupTaking.Taken taken = taking.take(schedule.folder().resolve(name), false, progress);
        List<Path> kept = kept(schedule.folder());
        for (Path old : kept.subList(0, Math.max(0, kept.size() - schedule.keep()))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.warning("An old automatic backup was not removed: " + e);
            }
        }
        return Optional.of(taken);
    }

    /** The automatic backups in {@code folder}, oldest first. */
    public static List<Path> kept(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> takenAt(f).isPresent() && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Instant> takenAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    LocalDateTime.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()), STAMP)
                            .toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
