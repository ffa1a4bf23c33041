package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the letter commands make of bad input: one sentence each, exit 1 (2 for a malformed line), nothing changed. */
class HostileLetterCommandsTest {

    @TempDir
    Path workspace;

    @TempDir
    Path files;

    private Cli cli;

    @BeforeEach
    void makeTheDemo() {
        cli = new Cli(workspace);
    }

    @Test
    void aPdfThatIsEmptyNotAPdfAFolderOrADeviceIsRefusedInOneSentence() throws Exception {
        Path empty = Files.createFile(files.resolve("empty.pdf"));
        Path text = Files.writeString(files.resolve("letter.pdf"), "Dear Secretary of State,");
        for (Path bad : new Path[] {empty, text, files, Path.of("/dev/null")}) {
            Cli.Run run = cli.run("letter", "issue", "1", "--pdf", bad.toString());
            assertThat(run.exitCode()).as(bad + ": " + run.err()).isEqualTo(1);
            assertThat(run.errLines()).as(bad.toString()).hasSize(1);
        }
        assertThat(cli.run("letter", "list").out()).doesNotContain("Issued");
    }

    @Test
    void anExportIntoAFolderThatRefusesFilesIsOneSentenceAndLeavesNothing() throws Exception {
        Path locked = ReadOnlyFolder.in(files);

        Cli.Run run = cli.run(
                "letter", "export", "1", "--out", locked.resolve("letter.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        try (var left = Files.list(locked)) {
            assertThat(left).noneMatch(file -> file.getFileName().toString().contains("letter.pdf"));
        }
    }

    @Test
    void aTitleWithAnEscapeAnImpossibleDateAndAMissingRoundAreRefused() {
        Cli.Run escape = cli.run("letter", "new", "--template", "Press release", "--title", "Red \u001b[31m alert");
        assertThat(escape.exitCode()).isEqualTo(1);
        assertThat(escape.err()).contains("control character");

        Cli.Run date = cli.run("letter", "new", "--template", "Press release", "--date", "2016-02-30");
        assertThat(date.exitCode()).isEqualTo(2);

        Cli.Run round = cli.run("letter", "insert", "1", "--round-summary", "999");
        assertThat(round.exitCode()).isEqualTo(1);
        assertThat(round.errLines()).hasSize(1);

        Cli.Run huge = cli.run("letter", "comment", "1", "--text", "x".repeat(5_000));
        assertThat(huge.exitCode()).isEqualTo(1);
        assertThat(huge.err()).contains("at most");
        assertThat(cli.run("letter", "list").out()).contains("2 letters");
    }
}
