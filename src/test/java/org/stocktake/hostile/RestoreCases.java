package org.stocktake.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.stocktake.app.AppContext;
import org.stocktake.backup.service.BackupRefusedException;
import org.stocktake.shared.Actor;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.task.Progress;

/**
 * Damaged and hostile backups restored as the window and {@code stocktake restore} restore them, each into a new
 * folder. A refusal is one sentence and leaves nothing beside the target, not even the folder it was building in; a
 * backup still whole after the damage (a flip in a zip comment, say) restores a workspace that opens and verifies.
 */
final class RestoreCases {

    private final Path folder;
    private final Clock clock;
    private int tried;

    RestoreCases(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Restores {@code mutant}, which may be refused or may restore whole. */
    void restore(Mutant mutant) throws IOException {
        Path backup = folder.resolve("backup-" + ++tried + ".zip");
        Files.write(backup, mutant.bytes());
        restore(backup, false);
    }

    /** Restores {@code backup}; when {@code mustRefuse}, restoring it at all is a failure. */
    void restore(Path backup, boolean mustRefuse) throws IOException {
        Path out = Files.createDirectories(folder.resolve("out-" + tried));
        Path target = out.resolve("restored");
        try {
            AppContext.restoring(clock).restore(backup, target, Progress.NONE);
            if (mustRefuse) {
                fail("restored a backup that must be refused: " + backup);
            }
            try (AppContext restored = AppContext.open(target, clock, new Actor("Test"), Access.READ, Storage.DISK)) {
                assertThat(restored.audit().verify().intact())
                        .as("a restored workspace verifies")
                        .isTrue();
            }
        } catch (BackupRefusedException refused) {
            Sentences.assertPlain(refused.getMessage());
            assertThat(refused.getMessage())
                    .as("a fault in the backup is not blamed on the folder restored into, which is fine")
                    .doesNotContain("could not be written");
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left).as("what a refused restore left").isEmpty();
            }
        } finally {
            remove(out);
            Files.deleteIfExists(backup);
        }
    }

    private static void remove(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
