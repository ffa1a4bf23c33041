package org.stocktake.backup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.workspace.service.Workspace;

class BackupRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void aRestoredBackupHasTheSameRegisterEvidenceAndLettersAndVerifies() throws IOException {
        Path backup = temp.resolve("panel.zip");
        List<Recommendation> recommendations;
        List<String> letters;
        long note;
        try (AppContext context = TestWorkspaces.open(temp.resolve("workspace"), CLOCK)) {
            Path file = Files.writeString(temp.resolve("progress.txt"), "Budget gap closed.\fSecond page.");
            context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
            note = context.annotations()
                    .add(context.evidence().items().get(0).id(), 1, 0, 10, "Good news")
                    .id();
            recommendations = context.recommendations().recommendations(null);
            letters = context.letters().letters().stream().map(l -> l.title()).toList();
            BackupTaking.Taken taken = context.backups().take(backup, false, Progress.NONE);
            assertThat(taken.files()).isGreaterThan(2);
        }

        Path restored = temp.resolve("restored");
        AppContext.restoring(CLOCK).restore(backup, restored, Progress.NONE);
        // Taken while open for changes, yet the copy names no one as holding it.
        assertThat(restored.resolve(Workspace.HOLDER_FILE)).doesNotExist();

        try (AppContext context = AppContext.open(restored, CLOCK)) {
            assertThat(context.recommendations().recommendations(null)).isEqualTo(recommendations);
            assertThat(context.letters().letters().stream().map(l -> l.title()).toList())
                    .isEqualTo(letters);
            String sha = context.evidence().items().get(0).sha256();
            assertThat(context.store().intact(sha)).isTrue();
            try (var in = context.store().open(sha)) {
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("Budget gap closed.");
            }
            assertThat(context.annotations()
                            .of(context.evidence().items().get(0).id()))
                    .anyMatch(a -> a.annotation().id() == note);
            assertThat(context.audit().verify().intact()).isTrue();
        }
        assertThat(siblingsOf(restored))
                .containsExactlyInAnyOrder("workspace", "progress.txt", "panel.zip", "restored");
    }

    @Test
    void aBackupTakenWhileAnotherThreadKeepsWritingOpensAndVerifies() throws Exception {
        Path backup = temp.resolve("busy.zip");
        AtomicInteger written = new AtomicInteger();
        try (AppContext context = TestWorkspaces.open(temp.resolve("workspace"), CLOCK)) {
            Path file = Files.writeString(temp.resolve("minutes.txt"), "Minutes of the meeting.");
            context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
            long item = context.evidence().items().get(0).id();
            long note = context.annotations().add(item, 1, 0, 7, "first").id();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        int n = written.incrementAndGet();
                        context.annotations().edit(note, "edit " + n);
                        if (n % 5 == 0) {
                            context.annotations().add(item, 1, 0, 7, "note " + n);
                        }
                    }
                } catch (RuntimeException e) {
                    failed.set(e);
                }
            });
            writer.start();
            while (written.get() < 20) {
                Thread.sleep(5);
            }
            int before = written.get();
            context.backups().take(backup, false, Progress.NONE);
            // The database holds writes back only while it copies itself; the writer then goes on.
            while (written.get() < before + 5) {
                Thread.sleep(5);
            }
            stop.set(true);
            writer.join();
            assertThat(failed.get()).as("the writer's failure").isNull();
        }

        Path restored = temp.resolve("restored");
        AppContext.restoring(CLOCK).restore(backup, restored, Progress.NONE);
        try (AppContext context = AppContext.open(restored, CLOCK)) {
            assertThat(context.audit().verify().intact()).isTrue();
            assertThat(context.annotations()
                            .of(context.evidence().items().get(0).id()))
                    .isNotEmpty();
        }
    }

    @Test
    void anExistingBackupIsNotReplacedUnlessAsked() throws IOException {
        Path backup = Files.writeString(temp.resolve("kept.zip"), "an earlier file");
        try (AppContext context = TestWorkspaces.open(temp.resolve("workspace"), CLOCK)) {
            assertThatThrownBy(() -> context.backups().take(backup, false, Progress.NONE))
                    .isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("already exists");
            assertThat(Files.readString(backup)).isEqualTo("an earlier file");
            context.backups().take(backup, true, Progress.NONE);
        }
        assertThat(Files.size(backup)).isGreaterThan(1000);
    }

    private static List<String> siblingsOf(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder.getParent())) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }
}
