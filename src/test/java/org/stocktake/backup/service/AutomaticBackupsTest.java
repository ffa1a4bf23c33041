package org.stocktake.backup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

class AutomaticBackupsTest {

    @TempDir
    Path temp;

    @Test
    void aBackupIsTakenWhenDueAndOnlyTheNewestAreKept() throws IOException {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        Path workspace = temp.resolve("workspace");
        try (AppContext context = TestWorkspaces.open(workspace, clock)) {
            Path folder = workspace.resolve(WorkspaceFiles.BACKUPS);
            Files.createDirectories(folder);
            Path unrelated = Files.writeString(folder.resolve("notes.txt"), "mine");
            AutomaticBackups automatic = new AutomaticBackups(context.backups(), clock);
            AutomaticBackups.Schedule schedule = new AutomaticBackups.Schedule(true, 6, 2, folder);

            assertThat(automatic.takeIfDue(schedule, Progress.NONE)).isPresent();
            now.set(now.get().plus(Duration.ofHours(5)));
            assertThat(automatic.takeIfDue(schedule, Progress.NONE))
                    .as("not due yet")
                    .isEmpty();
            for (int i = 0; i < 3; i++) {
                now.set(now.get().plus(Duration.ofHours(6)));
                assertThat(automatic.takeIfDue(schedule, Progress.NONE)).isPresent();
            }

            assertThat(AutomaticBackups.kept(folder))
                    .extracting(p -> p.getFileName().toString())
                    .containsExactly("backup-20260303-030000.zip", "backup-20260303-090000.zip");
            assertThat(unrelated).exists();
            assertThat(automatic.due(new AutomaticBackups.Schedule(false, 1, 1, folder)))
                    .isFalse();
        }
    }

    @Test
    void aScheduleOutOfBoundsIsRefused() {
        assertThatThrownBy(() -> new AutomaticBackups.Schedule(true, 0, 3, temp))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new AutomaticBackups.Schedule(true, 24, 0, temp))
                .isInstanceOf(ValidationException.class);
    }
}
