package org.stocktake.backup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.BackupZips;
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
        genuine = BackupZips.read(shared.resolve("genuine.zip"));
        other = BackupZips.read(shared.resolve("other.zip"));
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
        BackupZips.markAsLink(backup, "evidence/link");
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
        ObjectNode mine = BackupZips.manifest(genuine);
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
        return BackupZips.withExtra(temp, base, name);
    }

    private static void listed(ObjectNode manifest, String name, byte[] content) {
        BackupZips.listed(manifest, name, content);
    }

    /** The files as a zip with their manifest changed by {@code change}. */
    private Path write(Map<String, byte[]> files, Consumer<ObjectNode> change) {
        return BackupZips.write(temp, files, change);
    }

    private static java.util.List<String> names(Path folder) {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
