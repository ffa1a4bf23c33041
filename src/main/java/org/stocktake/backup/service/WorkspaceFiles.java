package org.stocktake.backup.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.stocktake.evidence.service.EvidenceSearch;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.workspace.service.Snapshots;
import org.stocktake.workspace.service.Workspace;

/**
 * Which files of a workspace folder a backup carries. Everything that is kept is carried, whatever it is (a key file
 * added later goes in without a change here); what is left out is listed here and nowhere else: what can be built
 * again, what belongs to a running process, and copies that are backups of their own.
 */
public final class WorkspaceFiles {

    /** The database's path inside a backup; it is taken through the database, never copied as a file. */
    public static final String DATABASE = Database.FILE_NAME + Database.FILE_SUFFIX;

    /** Automatic backups go here by default; they are never carried inside the next one. */
    public static final String BACKUPS = "backups";

    /**
     * Folders left out: the search index (built again from the database), the logs, the database snapshots (older
     * copies of the database), the automatic backups, and files half-stored in the evidence store.
     */
    private static final Set<String> LEFT_OUT_FOLDERS =
            Set.of(EvidenceSearch.FOLDER, "logs", Snapshots.FOLDER, BACKUPS, ContentStore.FOLDER + "/.incoming");

    /** Files left out by name: who has the workspace open now, which a restored copy must not claim. */
    private static final Set<String> LEFT_OUT_FILES = Set.of(Workspace.HOLDER_FILE);

    /** Files left out by their ending: H2's lock, trace and temporary files, and any write in progress. */
    private static final List<String> LEFT_OUT_ENDINGS =
            List.of(".lock.db", ".trace.db", ".tempFile", ".part", ".partial", ".mv.db");

    private WorkspaceFiles() {}

    /** Whether a path inside the workspace ({@code /}-separated) is carried by a backup. */
    public static boolean carried(String path) {
        for (String folder : LEFT_OUT_FOLDERS) {
            if (path.equals(folder) || path.startsWith(folder + "/")) {
                return false;
            }
        }
        return !LEFT_OUT_FILES.contains(path) && LEFT_OUT_ENDINGS.stream().noneMatch(path::endsWith);
    }

    /**
     * The regular files of {@code folder} a backup carries, sorted, as {@code /}-separated paths; links are not
     * followed, and the database is not among them.
     */
    static List<String> list(Path folder) {
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    // Left-out folders are not entered: the search index renames its files while the window
                    // writes, and a file gone between listing and reading must not stop the backup.
                    return dir.equals(folder) || carried(pathOf(folder, dir))
                            ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String path = pathOf(folder, file);
                    if (attributes.isRegularFile() && carried(path)) {
                        found.add(path);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new BackupRefusedException(
                    "The workspace folder " + folder + " could not be read for the backup: " + e.getMessage(), e);
        }
        Collections.sort(found);
        return found;
    }

    static String pathOf(Path folder, Path file) {
        return folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/");
    }

    /** Whether {@code path} is in the evidence store, whose files are copied after the database. */
    static boolean inStore(String path) {
        return path.startsWith(ContentStore.FOLDER + "/");
    }
}
