package org.stocktake.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.shared.Actor;
import org.stocktake.workspace.service.Workspace;

/**
 * An encryption in place killed at any moment leaves a workspace that opens, whole and verifying: plain as before, or
 * encrypted under the new passphrase with no plain copy of what the panel wrote left in the folder. Each child process
 * encrypts a fresh copy of the same plain workspace and is killed (SIGKILL) after a random delay within the time an
 * encryption takes. The number of kills is {@code -Dkill.encrypt=N} (15 unless given).
 */
class KilledEncryptionTest {

    private static final String PASSPHRASE = "plum tree seven lanterns";

    @TempDir
    Path temp;

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path each : all.toList()) {
                Path target = to.resolve(from.relativize(each).toString());
                if (Files.isDirectory(each)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(each, target);
                }
            }
        }
    }

    private static void assertWhole(AppContext context) {
        assertThat(context.recommendations().reviews()).anyMatch(r -> r.title().equals(EncryptionAtRestTest.TITLE));
        assertThat(context.evidence().items()).anyMatch(i -> i.fileName().equals("minutes.txt"));
        assertThat(context.audit().verify().intact()).isTrue();
    }

    /** Whether the folder opened encrypted, after checking that it opens whole either way. */
    private static boolean opensWhole(Path folder) throws Exception {
        if (Workspace.isEncrypted(folder)) {
            try (AppContext context = EncryptionAtRestTest.open(folder, PASSPHRASE)) {
                assertWhole(context);
            }
            assertThat(EncryptionAtRestTest.plainTextFound(folder)).isEmpty();
            return true;
        }
        try (AppContext context = AppContext.open(folder, Clock.systemUTC(), new Actor("Test"))) {
            assertWhole(context);
        }
        return false;
    }

    @Test
    void anEncryptionKilledAtAnyMomentLeavesTheWorkspacePlainOrEncryptedAndWhole() throws Exception {
        Path plain = InPlaceEncryptionTest.plainWorkspace(temp);
        Path measured = temp.resolve("measured");
        copy(plain, measured);
        KillHarness harness = new KillHarness(EncryptInPlace.class);
        long encryption = harness.runWhole(measured.toString(), PASSPHRASE);
        assertThat(opensWhole(measured)).isTrue();

        int kills = KillHarness.kills("kill.encrypt", 15);
        int stayedPlain = 0;
        int encrypted = 0;
        for (int kill = 0; kill < kills; kill++) {
            Path folder = temp.resolve("kill-" + kill);
            copy(plain, folder);
            harness.killWithin(encryption, folder.toString(), PASSPHRASE);
            if (opensWhole(folder)) {
                encrypted++;
            } else {
                stayedPlain++;
            }
        }
        System.out.printf(
                "[kill] an encryption in place takes %d ms; %d kills: %d left it plain, %d encrypted%n",
                encryption, kills, stayedPlain, encrypted);
        assertThat(stayedPlain + encrypted).isEqualTo(kills);
    }
}
