package org.stocktake.backup.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.stocktake.audit.service.AuditVerification;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.task.Progress;
import org.stocktake.workspace.service.WorkspaceInfo;

/**
 * Restores a backup into a new folder, never over a workspace. Everything the zip says is checked against its manifest
 * before a byte is written ({@link BackupChecks}); the files are then written to a folder beside the target, each
 * checked against its hash, the result opened as a workspace whose audit trail must verify, and only then moved into
 * place in one step. On any failure the folder beside is removed and nothing is left.
 */
public final class BackupRestoring {

    /** What opening a restored workspace found: which workspace it is, and whether its audit trail holds. */
    public record Opened(WorkspaceInfo info, AuditVerification audit) {}

    private final Function<Path, Opened> open;

    /**
     * @param open opens the workspace in a folder without taking it over (no log, no snapshot), unlocking it when it
     *     is encrypted, and verifies its audit trail: once, for both checks a restore makes
     */
    public BackupRestoring(Function<Path, Opened> open) {
        this.open = open;
    }

    /**
     * Restores {@code backup} into {@code target}, a folder that does not exist or is empty.
     *
     * @return the restored workspace's folder
     * @throws BackupRefusedException with one sentence when the target or the backup is refused or the restored
     *     workspace does not open or verify; nothing is written
     */
    public Path restore(Path backup, Path target, Progress progress) {
        Path folder = target.toAbsolutePath().normalize();
        BackupChecks.target(folder);
        progress.message("Checking the backup");
        try (ZipFile zip = BackupChecks.open(backup)) {
            BackupManifest manifest = BackupChecks.manifest(zip, backup);
            Map<String, ZipEntry> entries = BackupChecks.entries(zip, manifest, backup);
            BackupChecks.room(manifest, folder, backup);
            Path temporary = folder.resolveSibling("." + folder.getFileName() + ".restoring-"
                    + UUID.randomUUID().toString().substring(0, 8));
            try {
                Files.createDirectory(temporary);
                extract(zip, manifest, entries, temporary, backup, progress);
                progress.message("Opening the restored workspace");
                Opened opened = opened(temporary, backup);
                sameWorkspace(opened.info(), manifest, backup);
                AuditVerification verification = opened.audit();
                if (!verification.intact()) {
                    throw new BackupRefusedException(backup + " was not restored: the workspace in it does not pass"
                            + " the audit check (" + verification.summary() + ").");
                }
                Files.deleteIfExists(folder);
                Files.move(temporary, folder, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return folder;
            } catch (IOException e) {
                removeQuietly(temporary);
                throw new BackupRefusedException(
                        backup + " was not restored: " + folder + " could not be written (" + e.getMessage() + ").", e);
            } catch (RuntimeException e) {
                removeQuietly(temporary);
                throw e;
            }
        } catch (IOException e) {
            throw new BackupRefusedException(backup + " could not be read: " + e.getMessage() + ".", e);
        }
    }

    /**
     * Whether {@code backup} is of an encrypted workspace, so that its passphrase must be asked for before it is
     * restored: its manifest lists the key file. A backup that cannot be read says no; the restore then says why.
     */
    public static boolean ofEncryptedWorkspace(Path backup) {
        try (ZipFile zip = BackupChecks.open(backup)) {
            return BackupChecks.manifest(zip, backup).entries().stream()
                    .anyMatch(entry -> entry.path().equals(KeyFile.NAME));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void extract(
            ZipFile zip,
            BackupManifest manifest,
            Map<String, ZipEntry> entries,
            Path temporary,
            Path backup,
            Progress progress)
            throws IOException {
        long total = Math.max(1, manifest.totalSize());
        long done = 0;
        for (BackupManifest.Entry entry : manifest.entries()) {
            if (progress.isCancelled()) {
                throw new BackupRefusedException("The restore was stopped; nothing was restored.");
            }
            Path file = temporary.resolve(entry.path()).normalize();
            if (!file.startsWith(temporary)) {
                throw new BackupRefusedException(BackupChecks.refusal(backup, "an entry reaches outside its folder"));
            }
            Files.createDirectories(file.getParent());
            MessageDigest digest = BackupTaking.sha256();
            long size = 0;
            try (InputStream in = zip.getInputStream(entries.get(entry.path()));
                    OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = unpacked(in, buffer, entry, backup)) > 0; ) {
                    size += n;
                    if (size > entry.size()) {
                        throw new BackupRefusedException(BackupChecks.refusal(
                                backup, "'" + entry.path() + "' holds more than its manifest says"));
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    done += n;
                    progress.update(done, total);
                }
            }
            if (size != entry.size()
                    || !HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
                throw new BackupRefusedException(BackupChecks.refusal(
                        backup, "'" + entry.path() + "' does not match the hash its manifest gives"));
            }
        }
    }

    /**
     * Reads on from an entry. Compressed data that cannot be inflated is the backup's fault, not the target folder's:
     * it is refused as damaged, so the user is not sent to look at a folder that is fine.
     */
    private static int unpacked(InputStream in, byte[] buffer, BackupManifest.Entry entry, Path backup) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new BackupRefusedException(
                    BackupChecks.refusal(
                            backup,
                            "'" + entry.path() + "' is damaged in it and cannot be unpacked (" + e.getMessage() + ")"),
                    e);
        }
    }

    private Opened opened(Path folder, Path backup) {
        try {
            return open.apply(folder);
        } catch (BackupRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BackupRefusedException(
                    backup + " was not restored: the workspace in it does not open (" + e.getMessage() + ").", e);
        }
    }

    /** The database must be the workspace the manifest names: a manifest moved onto another backup is refused. */
    private static void sameWorkspace(WorkspaceInfo restored, BackupManifest manifest, Path backup) {
        if (manifest.workspaceId() != null && !manifest.workspaceId().equals(restored.uuid())) {
            throw new BackupRefusedException(backup + " was not restored: it holds the workspace '" + restored.name()
                    + "', not the '" + manifest.workspaceName() + "' its manifest names, so it is not the backup it"
                    + " claims to be.");
        }
    }

    private static void removeQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            // What is left is a hidden folder beside the target that the next restore does not reuse.
        }
    }
}
