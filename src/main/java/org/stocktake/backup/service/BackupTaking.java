package org.stocktake.backup.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.stocktake.backup.persistence.OnlineCopy;
import org.stocktake.shared.Actor;
import org.stocktake.shared.files.AtomicFile;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.task.Progress;
import org.stocktake.workspace.service.Workspace;
import org.stocktake.workspace.service.WorkspaceInfo;

/**
 * Takes a backup of an open workspace into one zip file while it stays in use: the database as the database itself
 * copies it, consistent at one moment, and every other kept file as it is, with a manifest of their hashes. The file
 * appears under its name only once complete ({@link AtomicFile}), so a full disk or a kill leaves no half backup.
 */
public final class BackupTaking {

    private final Workspace workspace;
    private final Clock clock;
    private final Actor actor;

    public BackupTaking(Workspace workspace, Clock clock, Actor actor) {
        this.workspace = workspace;
        this.clock = clock;
        this.actor = actor;
    }

    /** What a backup holds, once taken. */
    public record Taken(Path file, int files, long bytes) {

        /** One sentence for the user. */
        public String summary() {
            return "Backed up " + files + (files == 1 ? " file" : " files") + " (" + megabytes(bytes) + ") to " + file
                    + ".";
        }
    }

    /**
     * Writes a backup to {@code out}. The audit head file and the other small files are copied before the database,
     * so the database is never behind them; the evidence files after it, so every file the database names is there
     * (a file stored is never changed, and a file added later is only an unused extra, removed on opening).
     *
     * @param replace whether a file already at {@code out} may be replaced
     * @throws BackupRefusedException if {@code out} exists and may not be replaced, or the backup was stopped
     * @throws org.stocktake.shared.files.FileWriteException if the file cannot be written; nothing is left behind
     */
    public Taken take(Path out, boolean replace, Progress progress) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !replace) {
            throw new BackupRefusedException(out + " already exists; choose another name, or replace it with --force.");
        }
        Path folder = workspace.folder();
        if (target.startsWith(folder) && WorkspaceFiles.carried(WorkspaceFiles.pathOf(folder, target))) {
            throw new BackupRefusedException("A backup cannot be written inside the workspace folder, except in its "
                    + WorkspaceFiles.BACKUPS + " folder; choose a place outside it.");
        }
        List<String> files = WorkspaceFiles.list(folder);
        long total = files.stream().mapToLong(f -> sizeOf(folder.resolve(f))).sum() + sizeOf(Database.file(folder));
        List<BackupManifest.Entry> entries = new ArrayList<>();
        long[] done = {0};
        AtomicFile.write(target, stream -> {
            ZipOutputStream zip = new ZipOutputStream(stream);
            for (String file : files) {
                if (!WorkspaceFiles.inStore(file)) {
                    copy(folder.resolve(file), file, zip, entries, done, total, progress);
                }
            }
            database(target, zip, entries, done, total, progress);
            for (String file : files) {
                if (WorkspaceFiles.inStore(file)) {
                    copy(folder.resolve(file), file, zip, entries, done, total, progress);
                }
            }
            zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
            zip.write(manifest(entries).toJson());
            zip.closeEntry();
            zip.finish();
        });
        return new Taken(
                target,
                entries.size(),
                entries.stream().mapToLong(BackupManifest.Entry::size).sum());
    }

    private BackupManifest manifest(List<BackupManifest.Entry> entries) {
        WorkspaceInfo info = workspace.info();
        return new BackupManifest(
                BackupManifest.FORMAT_VERSION,
                info.name(),
                info.uuid(),
                OffsetDateTime.now(clock),
                actor.name(),
                entries);
    }

    /** The database, written by itself to a zip beside the backup and carried over from there. */
    private void database(
            Path target,
            ZipOutputStream zip,
            List<BackupManifest.Entry> entries,
            long[] done,
            long total,
            Progress progress)
            throws IOException {
        progress.message("Copying the database");
        Path copy = target.resolveSibling(
                "." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".db.part");
        try {
            new OnlineCopy().writeTo(workspace.database().dsl(), copy);
            try (ZipFile written = new ZipFile(copy.toFile())) {
                ZipEntry entry = written.getEntry(OnlineCopy.ENTRY);
                if (entry == null) {
                    throw new IOException("The database's copy of itself holds no database file");
                }
                try (InputStream in = written.getInputStream(entry)) {
                    entries.add(write(in, WorkspaceFiles.DATABASE, zip, done, total, progress));
                }
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void copy(
            Path file,
            String path,
            ZipOutputStream zip,
            List<BackupManifest.Entry> entries,
            long[] done,
            long total,
            Progress progress)
            throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            // Removed since the folder was listed: a store file no row names, tidied away.
            return;
        }
        try (in) {
            entries.add(write(in, path, zip, done, total, progress));
        }
    }

    private static BackupManifest.Entry write(
            InputStream source, String path, ZipOutputStream zip, long[] done, long total, Progress progress)
            throws IOException {
        if (progress.isCancelled()) {
            throw new BackupRefusedException("The backup was stopped; no backup file was written.");
        }
        MessageDigest digest = sha256();
        zip.putNextEntry(new ZipEntry(path));
        long size = 0;
        try (InputStream in = new DigestInputStream(source, digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                zip.write(buffer, 0, n);
                size += n;
                done[0] += n;
                progress.update(Math.min(done[0], total), total);
            }
        }
        zip.closeEntry();
        return new BackupManifest.Entry(path, size, HexFormat.of().formatHex(digest.digest()));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
}
