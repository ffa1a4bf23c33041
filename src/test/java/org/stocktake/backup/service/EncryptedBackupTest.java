package org.stocktake.backup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.Actor;
import org.stocktake.shared.WorkspaceException;
import org.stocktake.shared.crypto.Passphrase;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.task.Progress;

/** A backup of an encrypted workspace restores under its passphrase, and without it leaves nothing behind. */
class EncryptedBackupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Actor ACTOR = new Actor("Frances Done");
    private static final Passphrase GIVEN = folder -> "plum tree seven lanterns".toCharArray();

    @TempDir
    Path temp;

    @Test
    void anEncryptedWorkspaceRestoresUnderItsPassphrase() throws Exception {
        Path workspace = temp.resolve("workspace");
        AppContext.create(
                workspace,
                CLOCK,
                ACTOR,
                AppContext.Contents.DEMO,
                Storage.DISK,
                "plum tree seven lanterns".toCharArray());
        Path backup = temp.resolve("panel.zip");
        List<Recommendation> recommendations;
        try (AppContext context = open(workspace)) {
            recommendations = context.recommendations().recommendations(null);
            context.backups().take(backup, false, Progress.NONE);
        }

        Path refused = temp.resolve("without");
        assertThatThrownBy(() -> AppContext.restoring(CLOCK).restore(backup, refused, Progress.NONE))
                .isInstanceOf(WorkspaceException.class);
        try (var left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("workspace", "panel.zip");
        }

        Path restored = temp.resolve("restored");
        AppContext.restoring(CLOCK, GIVEN).restore(backup, restored, Progress.NONE);
        try (AppContext context = open(restored)) {
            assertThat(context.workspace().encrypted()).isTrue();
            assertThat(context.recommendations().recommendations(null)).isEqualTo(recommendations);
            assertThat(context.audit().verify().intact()).isTrue();
        }
    }

    private static AppContext open(Path folder) {
        return AppContext.open(folder, CLOCK, ACTOR, Access.WRITE, Storage.DISK, GIVEN);
    }
}
