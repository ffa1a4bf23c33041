package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.workspace.service.Workspace;
import picocli.CommandLine;

/** {@code init --encrypt} and every command on an encrypted workspace, with the passphrase from the environment. */
class EncryptedWorkspaceCommandsTest {

    private static final String PASSPHRASE = "plum tree seven lanterns";

    @TempDir
    Path temp;

    /** Runs the command line with {@code passphrase} as STOCKTAKE_PASSPHRASE (none when null) and no terminal. */
    private static Cli.Run run(String passphrase, String... args) {
        StocktakeCommand root = new StocktakeCommand();
        root.passphrases = WorkspacePassphrase.of(
                passphrase == null ? Map.of() : Map.of(WorkspacePassphrase.VARIABLE, passphrase), () -> null);
        CommandLine commandLine = StocktakeCommand.commandLine(root);
        return Cli.runExactly(commandLine, args);
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                contents.put(
                        folder.relativize(file).toString(),
                        java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return contents;
    }

    @Test
    void initEncryptsAndEveryCommandThenNeedsThePassphrase() {
        Path folder = temp.resolve("panel");

        Cli.Run init = run(PASSPHRASE, "init", "--demo", "--encrypt", folder.toString());
        assertThat(init.exitCode()).isZero();
        assertThat(init.out())
                .isEqualTo("Created an encrypted workspace with the demo in " + folder + ". Keep its passphrase safe:"
                        + " without it nothing in the workspace can be read." + System.lineSeparator());
        assertThat(folder.resolve(KeyFile.NAME)).exists();

        Cli.Run listed = run(PASSPHRASE, "--data", folder.toString(), "recommendations", "list");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("11 recommendations");
        assertThat(run(PASSPHRASE, "--data", folder.toString(), "rounds", "list")
                        .exitCode())
                .isZero();
    }

    @Test
    void aWrongPassphraseIsOneSentenceAndExitOneAndChangesNoByte() throws IOException {
        Path folder = temp.resolve("panel");
        assertThat(run(PASSPHRASE, "init", "--encrypt", folder.toString()).exitCode())
                .isZero();
        Map<String, String> before = contents(folder);

        for (String[] command : new String[][] {{"recommendations", "list"}, {"evidence", "list"}}) {
            String[] args = Stream.concat(Stream.of("--data", folder.toString()), Stream.of(command))
                    .toArray(String[]::new);
            Cli.Run wrong = run("plum tree seven lantern", args);
            assertThat(wrong.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
            assertThat(wrong.errLines())
                    .containsExactly("stocktake: That passphrase does not unlock the encrypted workspace in " + folder
                            + "; nothing was changed. Check it (and STOCKTAKE_PASSPHRASE, if set) and try again.");
            assertThat(wrong.out()).isEmpty();
        }
        Cli.Run none = run(null, "--data", folder.toString(), "recommendations", "list");
        assertThat(none.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(none.errLines())
                .containsExactly("stocktake: The workspace in " + folder + " is encrypted and its passphrase is needed:"
                        + " set STOCKTAKE_PASSPHRASE, or run the command in a terminal to be asked for it.");

        assertThat(contents(folder)).isEqualTo(before);
    }

    @Test
    void aMissingKeyFileIsOneSentence() throws IOException {
        Path folder = temp.resolve("panel");
        run(PASSPHRASE, "init", "--encrypt", folder.toString());
        Files.delete(folder.resolve(KeyFile.NAME));

        Cli.Run run = run(PASSPHRASE, "--data", folder.toString(), "recommendations", "list");
        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(run.errLines()).singleElement().asString().contains("'workspace.key' is missing");
    }

    @Test
    void aShortPassphraseIsRefusedAndNothingIsMade() {
        Path folder = temp.resolve("panel");
        Cli.Run run = run("short", "init", "--encrypt", folder.toString());
        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(run.errLines())
                .containsExactly("stocktake: A passphrase needs at least 8 characters (a few words are best); nothing"
                        + " was created.");
        assertThat(Workspace.exists(folder)).isFalse();
    }
}
