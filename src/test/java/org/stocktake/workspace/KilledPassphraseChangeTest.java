package org.stocktake.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.shared.WrongPassphraseException;

/**
 * A passphrase change killed at any moment leaves a workspace that the old passphrase or the new one opens, whole:
 * every review, document and audit entry there before, and a trail that verifies. Each child process changes the
 * passphrase from whichever opens the workspace now to the other, and is killed (SIGKILL) after a random delay within
 * the time a change takes. The number of kills is {@code -Dkill.passphrase=N} (15 unless given).
 */
class KilledPassphraseChangeTest {

    private static final String FIRST = "plum tree seven lanterns";
    private static final String SECOND = "quiet harbour amber kite";

    @TempDir
    Path temp;

    /** The passphrase that opens the workspace now, after checking that it opens whole under it. */
    private static String opensWith(Path folder) throws Exception {
        for (String passphrase : new String[] {FIRST, SECOND}) {
            try (AppContext context = EncryptionAtRestTest.open(folder, passphrase)) {
                assertThat(context.recommendations().reviews())
                        .anyMatch(r -> r.title().equals(EncryptionAtRestTest.TITLE));
                assertThat(context.evidence().items())
                        .anyMatch(i -> i.fileName().equals("minutes.txt"));
                assertThat(context.audit().verify().intact()).isTrue();
                return passphrase;
            } catch (WrongPassphraseException e) {
                // The other one, then.
            }
        }
        throw new AssertionError("neither the old passphrase nor the new one opens " + folder);
    }

    @Test
    void aChangeKilledAtAnyMomentLeavesTheOldOrTheNewPassphraseOpeningAWholeWorkspace() throws Exception {
        Path folder = temp.resolve("encrypted");
        EncryptionAtRestTest.fill(folder, Files.createDirectory(temp.resolve("scratch")), FIRST);
        KillHarness harness = new KillHarness(ChangePassphrase.class);
        long change = harness.runWhole(folder.toString(), FIRST, SECOND);
        assertThat(opensWith(folder)).isEqualTo(SECOND);

        int kills = KillHarness.kills("kill.passphrase", 15);
        int kept = 0;
        int changed = 0;
        String current = SECOND;
        for (int kill = 0; kill < kills; kill++) {
            String other = current.equals(FIRST) ? SECOND : FIRST;
            harness.killWithin(change, folder.toString(), current, other);
            String now = opensWith(folder);
            if (now.equals(current)) {
                kept++;
            } else {
                changed++;
            }
            current = now;
        }
        System.out.printf(
                "[kill] a passphrase change takes %d ms; %d kills: the old one opened %d times, the new one %d%n",
                change, kills, kept, changed);
        assertThat(kept + changed).isEqualTo(kills);
        assertThat(EncryptionAtRestTest.plainTextFound(folder)).isEmpty();
    }
}
