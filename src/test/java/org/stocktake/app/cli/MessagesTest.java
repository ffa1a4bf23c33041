package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals say what to do, in one line, with counts written properly. */
class MessagesTest {

    @TempDir
    Path temp;

    private Cli cli;

    @BeforeEach
    void demo() {
        cli = new Cli(temp.resolve("workspace"));
    }

    @Test
    void aCsvImportWithoutAReviewSaysHowToNameOne() throws IOException {
        Path csv = Files.writeString(temp.resolve("new.csv"), "number,title\n1,One\n");

        Cli.Run run = cli.run("recommendations", "import", csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines())
                .containsExactly("stocktake: A CSV file does not say which review it belongs to. Add --review CODE to"
                        + " import into an existing review (the reviews are kerslake-2014), or --review CODE --title"
                        + " \"Title\" to create a new one.");
    }

    @Test
    void anImportIntoAReviewThatDoesNotExistSaysHowToCreateIt() throws IOException {
        Path csv = Files.writeString(temp.resolve("new.csv"), "number,title\n1,One\n");

        Cli.Run run = cli.run("recommendations", "import", csv.toString(), "--review", "ofsted-2016");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines())
                .containsExactly(
                        "stocktake: nothing imported; new.csv has 1 problem:",
                        "  There is no review with the code 'ofsted-2016'.",
                        "Add --review CODE to import into an existing review (the reviews are kerslake-2014), or"
                                + " --review CODE --title \"Title\" to create a new one.");
    }

    @Test
    void aTitleWithoutAReviewCodeIsRefused() throws IOException {
        Path csv = Files.writeString(temp.resolve("new.csv"), "number,title\n1,One\n");

        Cli.Run run = cli.run("recommendations", "import", csv.toString(), "--title", "Ofsted");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("add --review CODE");
    }

    @Test
    void countsArePluralisedProperly() throws IOException {
        Path one = Files.writeString(temp.resolve("one.csv"), "number,title\n1,One\n");
        Path bad = Files.writeString(temp.resolve("bad.csv"), "number,title\n1,\n2,\n");

        assertThat(cli.run("recommendations", "import", one.toString(), "--review", "one", "--title", "One")
                        .out())
                .isEqualTo("Imported 1 recommendation into one (One)." + System.lineSeparator());
        assertThat(cli.run("recommendations", "list", "--review", "one").out())
                .endsWith("1 recommendation" + System.lineSeparator());
        assertThat(cli.run(
                                "recommendations",
                                "export",
                                "--review",
                                "one",
                                temp.resolve("o.csv").toString())
                        .out())
                .startsWith("Exported 1 recommendation of one");
        assertThat(cli.run("recommendations", "import", bad.toString(), "--review", "two", "--title", "Two")
                        .err())
                .contains("has 2 problems:");
        assertThat(cli.run("rounds", "list", "--review", "one").out()).endsWith("0 rounds" + System.lineSeparator());
        assertThat(cli.run("rounds", "list").out()).endsWith("3 rounds" + System.lineSeparator());
    }

    @Test
    void anUnknownRoundIsNamedWithTheRoundsThereAre() {
        Cli.Run run = cli.run("assessments", "export", "--round", "9");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines())
                .containsExactly("stocktake: There is no round 9. Rounds: 1 (Interim assessment, 2015-11-05), 2"
                        + " (Twelve-month assessment, 2016-01-11), 3 (March assessment, 2016-03-15).");
    }

    @Test
    void anUnknownReviewIsNamedWithTheReviewsThereAre() {
        for (String[] command : List.of(
                new String[] {"recommendations", "list", "--review", "nope"},
                new String[] {"recommendations", "export", "--review", "nope"},
                new String[] {"rounds", "list", "--review", "nope"})) {
            Cli.Run run = cli.run(command);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines())
                    .as(String.join(" ", command))
                    .containsExactly("stocktake: There is no review with the code 'nope'. Reviews: kerslake-2014.");
        }
    }

    @Test
    void aFolderIsNotAnImportFile() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("folder.csv"));

        Cli.Run run = cli.run("recommendations", "import", folder.toString(), "--review", "kerslake-2014");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("stocktake: " + folder + " is a folder; name a .csv or .json file.");
    }

    @Test
    void aNamedPipeIsRefusedWithoutBeingRead() throws Exception {
        Path pipe = temp.resolve("pipe.csv");
        assumeTrue(mkfifo(pipe), "mkfifo is needed to make a named pipe");

        // Reading a pipe nobody writes to would block forever; the command must refuse it at once.
        Cli.Run run = CompletableFuture.supplyAsync(
                        () -> cli.run("recommendations", "import", pipe.toString(), "--review", "kerslake-2014"))
                .get(60, TimeUnit.SECONDS);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1).first().asString().contains("not an ordinary file", "named pipe");
    }

    @Test
    void aMissingImportFileIsNamed() {
        Cli.Run run =
                cli.run("recommendations", "import", temp.resolve("nope.csv").toString(), "--review", "x");

        assertThat(run.errLines())
                .containsExactly("stocktake: The file " + temp.resolve("nope.csv") + " does not exist.");
    }

    @Test
    void aFileTheUserMayNotReadIsSaidToBeSo() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.csv"), "number,title\n1,One\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(secret), "the superuser may read any file");

        Cli.Run run = cli.run("recommendations", "import", secret.toString(), "--review", "kerslake-2014");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("stocktake: Permission denied: you may not read " + secret);
    }

    static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).start();
            return process.waitFor(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS)
                    && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
