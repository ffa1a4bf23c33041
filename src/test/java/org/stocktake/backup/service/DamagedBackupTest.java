package org.stocktake.backup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.BackupZips;
import org.stocktake.testing.TestWorkspaces;

/**
 * A backup whose compressed data is damaged (a bad disk, a cut-short copy) is refused as damaged: the fault is in
 * the backup, so the message must not send the user to look at the folder they restore into.
 */
class DamagedBackupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final String DATABASE = "stocktake.mv.db";

    @TempDir
    Path temp;

    @Test
    void anEntryThatCannotBeUnpackedIsCalledDamagedInTheBackup() throws IOException {
        Path taken = temp.resolve("genuine.zip");
        try (AppContext context = TestWorkspaces.open(temp.resolve("workspace"), CLOCK)) {
            context.backups().take(taken, false, Progress.NONE);
        }
        // The database first, so its compressed data starts right after the zip's first local header; random bytes
        // so that it is not squeezed so far that it looks like a zip bomb.
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        files.put(DATABASE, noise);
        BackupZips.read(taken).forEach(files::putIfAbsent);
        Path backup = BackupZips.write(temp, files, m -> {
            ArrayNode entries = (ArrayNode) m.get("entries");
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (entries.get(i).get("path").asText().equals(DATABASE)) {
                    entries.remove(i);
                }
            }
            BackupZips.listed(m, DATABASE, noise);
        });
        byte[] bytes = Files.readAllBytes(backup);
        // The first deflate block's header: last block, of the reserved type 3, which no inflater accepts.
        bytes[30 + DATABASE.getBytes(StandardCharsets.UTF_8).length] = 0x07;
        Files.write(backup, bytes);

        Path out = Files.createDirectories(temp.resolve("out"));
        assertThatThrownBy(() -> AppContext.restoring(CLOCK).restore(backup, out.resolve("restored"), Progress.NONE))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("'" + DATABASE + "' is damaged in it and cannot be unpacked")
                .hasMessageNotContaining("could not be written")
                .hasMessageEndingWith("Nothing was written.");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }
}
