package org.stocktake.backup.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.stocktake.workspace.service.Workspace;

/**
 * What a restore checks before it writes anything: the target, the zip, the manifest and every entry against it.
 * Each refusal is one sentence naming the backup.
 */
final class BackupChecks {

    /** No workspace Stocktake keeps comes near this; a manifest that claims more is not to be trusted. */
    static final long MOST_BYTES = 256L * 1024 * 1024 * 1024;

    /** Past this size an entry that shrank more than {@link #MOST_RATIO} times in the zip is taken for a zip bomb. */
    static final long RATIO_CHECKED_FROM = 16L * 1024 * 1024;

    static final long MOST_RATIO = 100;

    private static final int MOST_MANIFEST = 16 * 1024 * 1024;

    private BackupChecks() {}

    static String refusal(Path backup, String why) {
        return backup + " was not restored: " + why + ". Nothing was written.";
    }

    /** The target must be a new or empty folder, not inside a workspace. */
    static void target(Path folder) {
        if (Workspace.exists(folder)) {
            throw new BackupRefusedException(folder + " holds a workspace; a backup is restored only into a new folder,"
                    + " never over a workspace. Choose a new folder.");
        }
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw new BackupRefusedException(folder + " already exists and is not an empty folder; a backup is"
                    + " restored only into a new or empty folder. Choose another.");
        }
        for (Path above = folder.getParent(); above != null; above = above.getParent()) {
            if (Workspace.exists(above)) {
                throw new BackupRefusedException(folder + " is inside the workspace in " + above
                        + "; restore into a folder outside any workspace.");
            }
        }
        if (folder.getParent() == null || !Files.isDirectory(folder.getParent())) {
            throw new BackupRefusedException("The folder " + folder.getParent()
                    + " does not exist; create it, or choose a new folder inside one that does.");
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static ZipFile open(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new BackupRefusedException(backup + " is not a file; choose a backup file.");
        }
        try {
            return new ZipFile(backup.toFile());
        } catch (IOException e) {
            throw new BackupRefusedException(
                    refusal(backup, "it is not a readable zip file, so not a Stocktake backup"));
        }
    }

    static BackupManifest manifest(ZipFile zip, Path backup) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.NAME);
        if (entry == null || entry.isDirectory()) {
            throw new BackupRefusedException(refusal(backup, "it has no manifest, so it is not a Stocktake backup"));
        }
        byte[] json;
        try (InputStream in = zip.getInputStream(entry)) {
            json = in.readNBytes(MOST_MANIFEST + 1);
        }
        if (json.length > MOST_MANIFEST) {
            throw new BackupRefusedException(refusal(backup, "its manifest is far larger than any Stocktake writes"));
        }
        BackupManifest manifest = BackupManifest.fromJson(json, backup);
        Map<String, BackupManifest.Entry> listed = new HashMap<>();
        for (BackupManifest.Entry file : manifest.entries()) {
            Optional<String> problem = EntryName.problem(file.path());
            if (problem.isPresent()) {
                throw new BackupRefusedException(refusal(backup, "its manifest is wrong: " + problem.get()));
            }
            if (!file.path().equals(WorkspaceFiles.DATABASE) && !WorkspaceFiles.carried(file.path())) {
                // A lock or trace file, an index or a log put in by hand could make the restored workspace misbehave.
                throw new BackupRefusedException(
                        refusal(backup, "its manifest lists '" + file.path() + "', which no backup carries"));
            }
            if (file.path().equals(BackupManifest.NAME) || listed.put(file.path(), file) != null) {
                throw new BackupRefusedException(
                        refusal(backup, "its manifest is wrong: it lists '" + file.path() + "' twice"));
            }
        }
        if (!listed.containsKey(WorkspaceFiles.DATABASE)) {
            throw new BackupRefusedException(refusal(backup, "its manifest lists no database"));
        }
        if (manifest.totalSize() > MOST_BYTES || manifest.totalSize() < 0) {
            throw new BackupRefusedException(refusal(backup, "its manifest claims more data than any workspace holds"));
        }
        return manifest;
    }

    /** Every entry of the zip, checked against the manifest; every file of the manifest must be there. */
    static Map<String, ZipEntry> entries(ZipFile zip, BackupManifest manifest, Path backup) throws IOException {
        Map<String, ZipDirectory.Kind> unusual;
        try {
            unusual = ZipDirectory.unusual(backup);
        } catch (IOException e) {
            throw new BackupRefusedException(refusal(backup, "its zip directory is damaged"));
        }
        Map<String, BackupManifest.Entry> listed = manifest.byPath();
        Map<String, ZipEntry> found = new HashMap<>();
        int manifests = 0;
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (name.equals(BackupManifest.NAME)) {
                if (++manifests > 1) {
                    throw new BackupRefusedException(refusal(backup, "it holds two manifests"));
                }
                continue;
            }
            Optional<String> problem = EntryName.problem(name);
            if (problem.isPresent()) {
                throw new BackupRefusedException(refusal(backup, problem.get()));
            }
            ZipDirectory.Kind kind = unusual.get(name);
            if (kind == ZipDirectory.Kind.LINK) {
                throw new BackupRefusedException(refusal(backup, "the entry '" + name + "' is a link"));
            }
            if (kind != null || entry.isDirectory()) {
                throw new BackupRefusedException(
                        refusal(backup, "the entry '" + name + "' is a folder or a special file, not a file"));
            }
            BackupManifest.Entry file = listed.get(name);
            if (file == null) {
                throw new BackupRefusedException(refusal(backup, "the entry '" + name + "' is not in its manifest"));
            }
            if (found.put(name, entry) != null) {
                throw new BackupRefusedException(refusal(backup, "it holds '" + name + "' twice"));
            }
            if (entry.getSize() != file.size()) {
                throw new BackupRefusedException(refusal(backup, "'" + name + "' is not the size its manifest gives"));
            }
            if (file.size() > RATIO_CHECKED_FROM && file.size() > MOST_RATIO * Math.max(1, entry.getCompressedSize())) {
                throw new BackupRefusedException(refusal(
                        backup,
                        "'" + name + "' would grow " + file.size() / Math.max(1, entry.getCompressedSize())
                                + " times on unpacking, which only a zip bomb does"));
            }
        }
        for (String path : listed.keySet()) {
            if (!found.containsKey(path)) {
                throw new BackupRefusedException(refusal(backup, "'" + path + "' is in its manifest but not in it"));
            }
        }
        return found;
    }

    static void room(BackupManifest manifest, Path folder, Path backup) {
        try {
            long free = Files.getFileStore(folder.getParent()).getUsableSpace();
            if (manifest.totalSize() > free) {
                throw new BackupRefusedException(backup + " needs " + BackupTaking.megabytes(manifest.totalSize())
                        + " but the disk holding " + folder.getParent() + " has only " + BackupTaking.megabytes(free)
                        + " free; free some space or choose another disk.");
            }
        } catch (IOException e) {
            // The disk cannot say; the writes themselves will report a full disk.
        }
    }
}
