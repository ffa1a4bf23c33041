package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.letters.document.PlainLetter;
import org.stocktake.letters.service.Letter;

/** letter template show, duplicate, edit and delete: the same rules as the window, one sentence for each refusal. */
class LetterTemplateCommandsTest {

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
    void aBuiltInIsShownDuplicatedEditedFromItsJsonAndLettersMadeFromTheCopyCarryTheEdit() throws Exception {
        String assessment = "Assessment letter to the Secretary of State";
        Cli.Run shown = cli.run("letter", "template", "show", assessment);
        assertThat(shown.out())
                .contains("built in")
                .contains("To: Secretary of State of the government (secretary-of-state@government)")
                .contains("Signed by: Chair of the panel (chair@panel)");

        Cli.Run copied = cli.run("letter", "template", "duplicate", assessment, "--name", "Our release");
        assertThat(copied.exitCode()).as(copied.err()).isZero();
        String json =
                cli.run("letter", "template", "show", "Our release", "--json").out();
        Path edited = Files.writeString(
                files.resolve("release.json"), json.replace("During the next three months", "Over the coming quarter"));
        Cli.Run edit = cli.run(
                "letter",
                "template",
                "edit",
                "Our release",
                "--file",
                edited.toString(),
                "--name",
                "Release, edited",
                "--signatories",
                "chair@panel,leader@council");
        assertThat(edit.exitCode()).as(edit.err()).isZero();
        Cli.Run made = cli.run("letter", "new", "--template", "Release, edited", "--date", "2018-03-08");

        assertThat(made.exitCode()).as(made.err()).isZero();
        try (AppContext context = cli.open()) {
            Letter letter = context.letters().letters().get(0);
            assertThat(PlainLetter.text(letter.document())).contains("Over the coming quarter");
            assertThat(letter.document().signatories()).hasSize(2);
        }
        assertThat(cli.run("letter", "templates", "--format", "csv").out()).contains("Release, edited");
    }

    @Test
    void aBuiltInIsNotChangedOrDeletedAndAnOwnTemplateIsDeletedLeavingItsLetters() {
        Cli.Run change = cli.run("letter", "template", "edit", "Press release", "--name", "Mine");
        assertThat(change.exitCode()).isEqualTo(1);
        assertThat(change.errLines()).singleElement().asString().contains("duplicate it");
        assertThat(cli.run("letter", "template", "delete", "Press release").exitCode())
                .isEqualTo(1);

        cli.run("letter", "template", "duplicate", "Press release", "--name", "Short-lived");
        cli.run("letter", "new", "--template", "Short-lived", "--title", "From it");
        Cli.Run whileDrafting = cli.run("letter", "template", "delete", "Short-lived");
        assertThat(whileDrafting.exitCode()).isEqualTo(1);
        assertThat(whileDrafting.errLines()).singleElement().asString().contains("'From it'");

        try (AppContext context = cli.open()) {
            Letter draft = context.letters().letters().get(0);
            context.letters().delete(draft);
        }
        Cli.Run deleted = cli.run("letter", "template", "delete", "Short-lived");
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(cli.run("letter", "template", "show", "Short-lived").exitCode())
                .isEqualTo(1);
    }

    @Test
    void hostileInputIsOneSentenceAndChangesNothing() throws Exception {
        cli.run("letter", "template", "duplicate", "1", "--name", "Target");
        Path notJson = Files.writeString(files.resolve("bad.json"), "{\"document\": [");
        Path noDocument = Files.writeString(files.resolve("empty.json"), "{}");
        String[][] attempts = {
            {"edit", "Target", "--name", ""},
            {"edit", "Target", "--name", "x".repeat(5_000)},
            {"edit", "Target", "--name", "Red \u001b[31m"},
            {"edit", "Target", "--description", "Bell\u0007"},
            {"edit", "Target", "--to", "king@palace"},
            {"edit", "Target", "--to", "chair"},
            {"edit", "Target", "--signatories", ","},
            {"edit", "Target", "--file", notJson.toString()},
            {"edit", "Target", "--file", noDocument.toString()},
            {"edit", "Target", "--file", files.toString()},
            {"edit", "Target"},
            {"duplicate", "Target", "--name", "Press release"},
            {"show", "999"},
            {"delete", "Nowhere"}
        };
        String before =
                cli.run("letter", "template", "show", "Target", "--json").out();
        for (String[] attempt : attempts) {
            String[] args = new String[attempt.length + 2];
            args[0] = "letter";
            args[1] = "template";
            System.arraycopy(attempt, 0, args, 2, attempt.length);
            Cli.Run run = cli.run(args);
            String said = String.join(" ", attempt);
            assertThat(run.exitCode())
                    .as(said.length() > 80 ? said.substring(0, 80) : said)
                    .isEqualTo(1);
            assertThat(run.errLines())
                    .as(said.length() > 80 ? said.substring(0, 80) : said)
                    .hasSize(1);
            assertThat(run.err()).doesNotContain("\u001b").doesNotContain("Exception");
        }
        assertThat(cli.run("letter", "template", "show", "Target", "--json").out())
                .isEqualTo(before);
    }
}
