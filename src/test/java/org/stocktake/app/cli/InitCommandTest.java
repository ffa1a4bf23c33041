package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.demo.DemoCheck;
import picocli.CommandLine;

class InitCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = StocktakeCommand.commandLine(new StocktakeCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void initWithTheDemoMakesAWholeDemoWorkspace() {
        Path folder = temp.resolve("panel");
        assertThat(run("init", "--demo", folder.toString())).isZero();
        assertThat(out.toString())
                .isEqualTo("Created a workspace with the demo in " + folder + "." + System.lineSeparator());
        try (AppContext context = AppContext.open(folder, Clock.systemUTC())) {
            DemoCheck.assertComplete(context);
        }
    }

    @Test
    void initWithoutTheDemoMakesAnEmptyWorkspace() {
        assertThat(run("--data", temp.toString(), "init")).isZero();
        assertThat(out.toString()).contains("Created an empty workspace in " + temp);
        out.getBuffer().setLength(0);
        assertThat(run("--data", temp.toString(), "recommendations", "list")).isZero();
        assertThat(out.toString()).contains("0 recommendations");
    }

    @Test
    void aFolderThatIsNotAWorkspaceIsRefusedInOneSentenceAndNotCreated() {
        Path mistyped = temp.resolve("pannel");
        assertThat(run("--data", mistyped.toString(), "recommendations", "list"))
                .isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("stocktake: There is no Stocktake workspace in " + mistyped + ". To make one there, run:"
                        + " stocktake init --demo " + mistyped + " (with the demo) or stocktake init " + mistyped
                        + " (empty)." + System.lineSeparator());
        assertThat(mistyped).doesNotExist();
    }

    @Test
    void initOverAWorkspaceOrBesideOtherFilesIsRefused() throws Exception {
        assertThat(run("init", temp.toString())).isZero();
        assertThat(run("init", "--demo", temp.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("There is already a Stocktake workspace in " + temp);

        Path letters = Files.createDirectories(temp.resolve("letters"));
        Files.writeString(letters.resolve("draft.txt"), "Dear Minister");
        err.getBuffer().setLength(0);
        assertThat(run("init", letters.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1).first().asString().contains("is not empty");
    }

    @Test
    void helpShowsAnExample() {
        assertThat(run("init", "--help")).isZero();
        assertThat(out.toString()).contains("stocktake init --demo", "--demo");
    }
}
