package org.stocktake.hostile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.stocktake.backup.service.BackupManifest;
import org.stocktake.testing.BackupZips;

/**
 * Backups made to harm, each named for what it tries: climbing out of the target, absolute paths, links, a zip bomb,
 * a manifest that lies, a backup of another workspace passed off as this one's. Every one must be refused.
 */
final class BackupAttacks {

    private final Path folder;
    private final Map<String, byte[]> genuine;
    private final Map<String, byte[]> other;

    BackupAttacks(Path folder, Path genuine, Path other) throws IOException {
        this.folder = folder;
        this.genuine = BackupZips.read(genuine);
        this.other = BackupZips.read(other);
    }

    Map<String, Supplier<Path>> all() {
        Map<String, Supplier<Path>> attacks = new LinkedHashMap<>();
        for (String name : new String[] {
            "../escaped.txt",
            "evidence/../../escaped.txt",
            "..\\escaped.txt",
            "/tmp/escaped.txt",
            "C:/escaped.txt",
            "stocktake.lock.db",
            "evidence/aa/\u0000nul"
        }) {
            attacks.put(
                    "an entry named " + name.replace("\u0000", "\\0"),
                    () -> BackupZips.withExtra(folder, genuine, name));
        }
        attacks.put("a link", () -> link("evidence/link"));
        attacks.put("a link among the snapshots", () -> link("snapshots/link"));
        attacks.put("a folder posing as a file", () -> {
            Map<String, byte[]> files = new LinkedHashMap<>(genuine);
            files.put("evidence/aa/", new byte[0]);
            return BackupZips.write(folder, files, m -> {});
        });
        attacks.put("an entry not in the manifest", () -> {
            Map<String, byte[]> files = new LinkedHashMap<>(genuine);
            files.put("stowaway.txt", "unlisted".getBytes(StandardCharsets.UTF_8));
            return BackupZips.write(folder, files, m -> {});
        });
        attacks.put("a zip bomb", () -> {
            Map<String, byte[]> files = new LinkedHashMap<>(genuine);
            byte[] zeros = new byte[64 * 1024 * 1024];
            files.put("evidence/00/bomb", zeros);
            return BackupZips.write(folder, files, m -> BackupZips.listed(m, "evidence/00/bomb", zeros));
        });
        attacks.put("a zip bomb the manifest calls small", () -> {
            Map<String, byte[]> files = new LinkedHashMap<>(genuine);
            files.put("evidence/00/bomb", new byte[64 * 1024 * 1024]);
            return BackupZips.write(folder, files, m -> BackupZips.listed(m, "evidence/00/bomb", new byte[10]));
        });
        attacks.put("a database that does not match its hash", () -> {
            Map<String, byte[]> files = new LinkedHashMap<>(genuine);
            byte[] database = files.get("stocktake.mv.db").clone();
            database[database.length / 2] ^= 1;
            files.put("stocktake.mv.db", database);
            return BackupZips.write(folder, files, m -> {});
        });
        attacks.put(
                "a manifest with a wrong hash",
                () -> BackupZips.write(
                        folder, genuine, m -> ((ObjectNode) m.get("entries").get(0)).put("sha256", "0".repeat(64))));
        attacks.put(
                "a manifest with a wrong size",
                () -> BackupZips.write(
                        folder, genuine, m -> ((ObjectNode) m.get("entries").get(0)).put("size", 1)));
        attacks.put(
                "a manifest that leaves the database out",
                () -> BackupZips.write(folder, without("stocktake.mv.db"), m -> {}));
        attacks.put("a manifest of no entries", () -> BackupZips.write(folder, genuine, m -> m.putArray("entries")));
        attacks.put(
                "a manifest whose entries are not a list",
                () -> BackupZips.write(folder, genuine, m -> m.put("entries", "all")));
        attacks.put(
                "a manifest listing one entry twice",
                () -> BackupZips.write(folder, genuine, m -> {
                    ArrayNode entries = (ArrayNode) m.get("entries");
                    entries.add(entries.get(0).deepCopy());
                }));
        attacks.put(
                "a manifest of another format version",
                () -> BackupZips.write(folder, genuine, m -> m.put("formatVersion", 2)));
        attacks.put("no manifest", () -> zipWithout(BackupManifest.NAME));
        attacks.put("a manifest that is not JSON", () -> {
            Map<String, byte[]> files = new LinkedHashMap<>(genuine);
            files.remove(BackupManifest.NAME);
            files.put(BackupManifest.NAME, "{not json".getBytes(StandardCharsets.UTF_8));
            return raw(files);
        });
        attacks.put("a backup of another workspace given as this one's", () -> {
            try {
                ObjectNode mine = BackupZips.manifest(genuine);
                return BackupZips.write(folder, other, m -> m.put(
                                "workspaceId", mine.get("workspaceId").asText())
                        .put("workspaceName", mine.get("workspaceName").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        attacks.put("a file that is not a zip", () -> text("not a zip"));
        attacks.put("an empty file", () -> text(""));
        return attacks;
    }

    private Path link(String name) {
        try {
            Path backup = BackupZips.withExtra(folder, genuine, name);
            BackupZips.markAsLink(backup, name);
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, byte[]> without(String name) {
        Map<String, byte[]> files = new LinkedHashMap<>(genuine);
        files.remove(name);
        return files;
    }

    private Path zipWithout(String name) {
        return raw(without(name));
    }

    /** The files as a zip as they are, manifest included or not. */
    private Path raw(Map<String, byte[]> files) {
        try {
            Path zip = folder.resolve("raw-" + System.nanoTime() + ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    out.putNextEntry(new ZipEntry(file.getKey()));
                    out.write(file.getValue());
                    out.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path text(String content) {
        try {
            return Files.writeString(folder.resolve("text-" + System.nanoTime() + ".zip"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
