package org.stocktake.backup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** Backup files made to harm: each is refused with one sentence, and nothing is written. */
class HostileBackupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;

    private static Map<String, byte[]> genuine;
    private static Map<String, byte[]> other;

    @TempDir
    Path temp;

    @BeforeAll
    static void backupsOfTwoWorkspaces() throws IOException {
        try (AppContext context = TestWorkspaces.open(shared.resolve("workspace"), CLOCK)) {
            context.backups().take(shared.resolve("genuine.zip"), false, Progress.NONE);
        }
        AppContext.create(shared.resolve("other"), CLOCK, Contents.EMPTY);
        try (AppContext context = AppContext.open(shared.resolve("other"), CLOCK)) {
            context.backups().take(shared.resolve("other.zip"), false, Progress.NONE);
        }
        genuine = read(shared.resolve("genuine.zip"));
        other = read(shared.resolve("other.zip"));
    }

    @Test
    void theGenuineBackupRestores() throws IOException {
        Files.createDirectories(temp.resolve("out"));
        Path backup = write(genuine, m -> {});
        AppContext.restoring(CLOCK).restore(backup, temp.resolve("out").resolve("restored"), Progress.NONE);
        assertThat(temp.resolve("out/restored/stocktake.mv.db")).exists();
    }

    @Test
    void anEntryThatClimbsOutOfItsFolderIsRefused() {
        refused(withExtra(genuine, "../escaped.txt"), "reaches outside its folder");
    }

    @Test
    void anEntryWithAnAbsolutePathIsRefused() {
        refused(withExtra(genuine, "/tmp/escaped.txt"), "absolute path");
    }

    @Test
    void aFileNoBackupCarriesIsRefused() {
        refused(withExtra(genuine, "stocktake.lock.db"), "which no backup carries");
    }

    @Test
    void aLinkIsRefused() throws IOException {
        Path backup = withExtra(genuine, "evidence/link");
        markAsLink(backup, "evidence/link");
        refused(backup, "is a link");
    }

    @Test
    void aFolderPosingAsAFileIsRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>(genuine);
        files.put("evidence/aa/", new byte[0]);
        refused(write(files, m -> {}), "is a folder");
    }

    @Test
    void anEntryNotInTheManifestIsRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>(genuine);
        files.put("stowaway.txt", "unlisted".getBytes(StandardCharsets.UTF_8));
        refused(write(files, m -> {}), "not in its manifest");
    }

    @Test
    void aZipBombIsRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>(genuine);
        byte[] zeros = new byte[64 * 1024 * 1024];
        files.put("evidence/00/bomb", zeros);
        refused(write(files, m -> listed(m, "evidence/00/bomb", zeros)), "zip bomb");
    }

    @Test
    void aFileThatDoesNotMatchItsHashIsRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>(genuine);
        byte[] database = files.get("stocktake.mv.db").clone();
        database[database.length - 1] ^= 1;
        files.put("stocktake.mv.db", database);
        refused(write(files, m -> {}), "does not match the hash");
    }

    @Test
    void aWrongManifestIsRefused() {
        refused(
                write(genuine, m -> ((ObjectNode) m.get("entries").get(0)).put("sha256", "0".repeat(64))),
                "does not match the hash");
    }

    @Test
    void aManifestOfAnotherFormatVersionIsRefused() {
        refused(write(genuine, m -> m.put("formatVersion", 2)), "format version 2");
    }

    @Test
    void aBackupOfAnotherWorkspaceGivenAsThisOnesIsRefused() throws IOException {
        ObjectNode mine = manifest(genuine);
        refused(
                write(other, m -> m.put("workspaceId", mine.get("workspaceId").asText())
                        .put("workspaceName", mine.get("workspaceName").asText())),
                "not the backup it claims to be");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        refused(Files.writeString(temp.resolve("notes.zip"), "not a zip"), "not a readable zip");
    }

    @Test
    void aFolderThatIsNotEmptyIsNotRestoredInto() throws IOException {
        Path target = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(target.resolve("keep.txt"), "mine");
        Path backup = write(genuine, m -> {});
        assertThatThrownBy(() -> AppContext.restoring(CLOCK).restore(backup, target, Progress.NONE))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("not an empty folder");
        assertThat(names(target)).containsExactly("keep.txt");
    }

    @Test
    void aLiveWorkspaceIsNotRestoredOver() throws IOException {
        Path backup = write(genuine, m -> {});
        Path live = shared.resolve("workspace");
        long before = Files.size(live.resolve("stocktake.mv.db"));
        assertThatThrownBy(() -> AppContext.restoring(CLOCK).restore(backup, live, Progress.NONE))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("holds a workspace");
        assertThat(Files.size(live.resolve("stocktake.mv.db"))).isEqualTo(before);
    }

    /** Refused with one sentence naming the backup, and nothing at all written beside the target. */
    private void refused(Path backup, String why) {
        Path out = temp.resolve("out");
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> AppContext.restoring(CLOCK).restore(backup, out.resolve("restored"), Progress.NONE))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining(why)
                .hasMessageNotContaining("\n");
        assertThat(names(out)).as("what the restore left").isEmpty();
    }

    private Path withExtra(Map<String, byte[]> base, String name) {
        Map<String, byte[]> files = new LinkedHashMap<>(base);
        byte[] content = "outside".getBytes(StandardCharsets.UTF_8);
        files.put(name, content);
        return write(files, m -> listed(m, name, content));
    }

    private static void listed(ObjectNode manifest, String name, byte[] content) {
        ((ArrayNode) manifest.get("entries"))
                .addObject()
                .put("path", name)
                .put("size", content.length)
                .put("sha256", sha256(content));
    }

    /** The files as a zip with their manifest changed by {@code change}. */
    private Path write(Map<String, byte[]> files, Consumer<ObjectNode> change) {
        try {
            ObjectNode manifest = manifest(files);
            change.accept(manifest);
            Path zip = temp.resolve("hostile-" + System.nanoTime() + ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    if (!file.getKey().equals(BackupManifest.NAME)) {
                        out.putNextEntry(new ZipEntry(file.getKey()));
                        out.write(file.getValue());
                        out.closeEntry();
                    }
                }
                out.putNextEntry(new ZipEntry(BackupManifest.NAME));
                out.write(new ObjectMapper().writeValueAsBytes(manifest));
                out.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode manifest(Map<String, byte[]> files) throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(files.get(BackupManifest.NAME));
    }

    /** Records the entry as a unix symbolic link in the zip's central directory, as {@code zip --symlinks} does. */
    private static void markAsLink(Path zip, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + wanted.length <= bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && (buffer.getShort(at + 28) & 0xffff) == wanted.length) {
                byte[] found = new byte[wanted.length];
                buffer.get(at + 46, found);
                if (java.util.Arrays.equals(found, wanted)) {
                    buffer.put(at + 5, (byte) 3);
                    buffer.putInt(at + 38, 0120777 << 16);
                    Files.write(zip, bytes);
                    return;
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                files.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static java.util.List<String> names(Path folder) {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
