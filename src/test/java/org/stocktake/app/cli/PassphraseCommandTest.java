package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.crypto.KeyFile;
import picocli.CommandLine;

/** {@code stocktake passphrase change}: the current passphrase and the new one from the environment, no terminal. */
class PassphraseCommandTest {

    private static final String OLD = "plum tree seven lanterns";
    private static final String NEW = "quiet harbour amber kite";

    @TempDir
    Path temp;

    private static Cli.Run run(String current, String replacement, String... args) {
        Map<String, String> environment = new HashMap<>();
        if (current != null) {
            environment.put(WorkspacePassphrase.VARIABLE, current);
        }
        if (replacement != null) {
            environment.put(WorkspacePassphrase.NEW_VARIABLE, replacement);
        }
        StocktakeCommand root = new StocktakeCommand();
        root.passphrases = WorkspacePassphrase.of(environment, () -> null);
        CommandLine commandLine = StocktakeCommand.commandLine(root);
        return Cli.runExactly(commandLine, args);
    }

    private Path encrypted() {
        Path folder = temp.resolve("panel");
        assertThat(run(OLD, null, "init", "--demo", "--encrypt", folder.toString())
                        .exitCode())
                .isZero();
        return folder;
    }

    @Test
    void theNewPassphraseOpensTheWorkspaceAndTheOldOneNoLonger() {
        Path folder = encrypted();

        Cli.Run change = run(OLD, NEW, "--data", folder.toString(), "passphrase", "change");

        assertThat(change.exitCode()).as(change.err()).isZero();
        assertThat(change.out())
                .isEqualTo("Changed the passphrase of the workspace in " + folder + ". Backups made before the change"
                        + " still open with the old one." + System.lineSeparator());
        assertThat(run(NEW, null, "--data", folder.toString(), "recommendations", "list")
                        .out())
                .contains("11 recommendations");
        assertThat(run(NEW, null, "--data", folder.toString(), "audit", "verify")
                        .exitCode())
                .isZero();
        Cli.Run old = run(OLD, null, "--data", folder.toString(), "recommendations", "list");
        assertThat(old.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(old.err()).contains("That passphrase does not unlock");
    }

    @Test
    void eachRefusalIsOneSentenceAndLeavesTheKeyFileAsItWas() throws IOException {
        Path folder = encrypted();
        byte[] key = Files.readAllBytes(folder.resolve(KeyFile.NAME));

        Cli.Run wrong = run("plum tree seven lantern", NEW, "--data", folder.toString(), "passphrase", "change");
        assertThat(wrong.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(wrong.errLines())
                .containsExactly("stocktake: That passphrase does not unlock the encrypted workspace in " + folder
                        + "; nothing was changed. Check it (and STOCKTAKE_PASSPHRASE, if set) and try again.");

        Cli.Run none = run(OLD, null, "--data", folder.toString(), "passphrase", "change");
        assertThat(none.errLines())
                .containsExactly("stocktake: No new passphrase was given; nothing was changed. Set"
                        + " STOCKTAKE_NEW_PASSPHRASE or run the command in a terminal.");

        Cli.Run shortOne = run(OLD, "short", "--data", folder.toString(), "passphrase", "change");
        assertThat(shortOne.errLines())
                .containsExactly("stocktake: A passphrase needs at least 8 characters (a few words are best);"
                        + " nothing was changed.");
        assertThat(Files.readAllBytes(folder.resolve(KeyFile.NAME))).isEqualTo(key);
    }

    @Test
    void aPlainWorkspaceIsToldItHasNoPassphraseBeforeAnyIsAskedFor() {
        Path folder = temp.resolve("plain");
        assertThat(run(null, null, "init", folder.toString()).exitCode()).isZero();

        Cli.Run change = run(null, null, "--data", folder.toString(), "passphrase", "change");

        assertThat(change.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(change.errLines())
                .containsExactly("stocktake: The workspace in " + folder + " is not encrypted, so it has no"
                        + " passphrase to change; encrypt it first.");
    }

    @Test
    void helpGivesAnExample() {
        Cli.Run help = run(null, null, "passphrase", "change", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("STOCKTAKE_NEW_PASSPHRASE", "Examples:", "stocktake --data");
    }

    @Test
    void aPlainWorkspaceIsEncryptedInPlaceAndThenNeedsThePassphrase() {
        Path folder = temp.resolve("plain");
        assertThat(run(null, null, "init", "--demo", folder.toString()).exitCode())
                .isZero();

        Cli.Run encrypt = run(OLD, null, "--data", folder.toString(), "encrypt");

        assertThat(encrypt.exitCode()).as(encrypt.err()).isZero();
        assertThat(encrypt.out()).startsWith("Encrypted the workspace in " + folder + ".");
        Cli.Run none = run(null, null, "--data", folder.toString(), "recommendations", "list");
        assertThat(none.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(none.err()).contains("is encrypted and its passphrase is needed");
        assertThat(run(OLD, null, "--data", folder.toString(), "recommendations", "list")
                        .out())
                .contains("11 recommendations");
        assertThat(run(OLD, null, "--data", folder.toString(), "audit", "verify")
                        .exitCode())
                .isZero();

        Cli.Run again = run(OLD, null, "--data", folder.toString(), "encrypt");
        assertThat(again.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(again.errLines())
                .containsExactly("stocktake: The workspace in " + folder + " is encrypted already; nothing was"
                        + " changed. To choose another passphrase, change it instead.");
    }

    @Test
    void encryptingWithoutAPassphraseOrWithAShortOneChangesNothing() {
        Path folder = temp.resolve("plain");
        assertThat(run(null, null, "init", folder.toString()).exitCode()).isZero();

        assertThat(run(null, null, "--data", folder.toString(), "encrypt").errLines())
                .containsExactly("stocktake: No new passphrase was given; nothing was changed. Set"
                        + " STOCKTAKE_PASSPHRASE or run the command in a terminal.");
        assertThat(run("short", null, "--data", folder.toString(), "encrypt").errLines())
                .containsExactly("stocktake: A passphrase needs at least 8 characters (a few words are best);"
                        + " nothing was changed.");
        assertThat(folder.resolve(KeyFile.NAME)).doesNotExist();
    }
}
