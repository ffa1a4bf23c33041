package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar builds only the command it is asked for, and the whole tree when it must list or suggest commands. */
class CommandTreeTest {

    private static final Set<String> ALL = Set.of(
            "init",
            "recommendations",
            "rounds",
            "assessments",
            "evidence",
            "search",
            "correspondence",
            "letter",
            "members",
            "panel",
            "audit",
            "backup",
            "restore",
            "encrypt",
            "passphrase",
            "pdf");

    @Test
    void aCommandNamedIsTheOnlyOneBuilt() {
        assertThat(built("--data", "somewhere", "recommendations", "list")).containsOnly("recommendations");
        assertThat(built("letter", "--data", "somewhere", "list")).containsOnly("letter");
    }

    @Test
    void aFolderNamedLikeACommandIsNotTakenForOne() {
        assertThat(built("--data", "audit", "rounds", "list")).containsOnly("rounds");
    }

    @Test
    void helpAVersionOrAMistypedCommandGetTheWholeTree() {
        assertThat(built("--help")).isEqualTo(ALL);
        assertThat(built("-V")).isEqualTo(ALL);
        assertThat(built("--data", "somewhere", "recomendations", "list")).isEqualTo(ALL);
        assertThat(built()).isEqualTo(ALL);
    }

    @Test
    void helpListsEveryCommandAndAMistypeIsAUsageError() {
        Cli.Run help = Cli.runExactly("--help");
        assertThat(help.exitCode()).isZero();
        ALL.forEach(name -> assertThat(help.out()).contains("  " + name + " "));
        Cli.Run mistyped = Cli.runExactly("recomendations", "list");
        assertThat(mistyped.exitCode()).isEqualTo(StocktakeCommand.USAGE_ERROR);
        assertThat(mistyped.err()).contains("recomendations");
    }

    @Test
    void theOneCommandBuiltRunsWithItsInheritedFolder(@TempDir Path folder) {
        Cli cli = new Cli(folder.resolve("workspace"));
        Cli.Run before = cli.run("recommendations", "list", "--format", "csv");
        Cli.Run after = Cli.runExactly(
                "recommendations",
                "list",
                "--format",
                "csv",
                "--data",
                folder.resolve("workspace").toString());
        assertThat(before.exitCode()).isZero();
        assertThat(after.out()).isEqualTo(before.out()).contains("Independent improvement panel");
    }

    private static Set<String> built(String... args) {
        return StocktakeCommand.commandLine(new StocktakeCommand(), args)
                .getSubcommands()
                .keySet();
    }
}
