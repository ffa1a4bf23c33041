package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterCommandsTest {

    @TempDir
    Path temp;

    private Cli cli;

    @BeforeEach
    void makeTheDemo() {
        cli = new Cli(temp);
    }

    @Test
    void aLetterStartedFromATemplateIsListedShownAndCommentedOn() {
        Cli.Run started = cli.run(
                "letter", "new", "--template", "assessment letter to the secretary of state", "--date", "2016-01-11");
        assertThat(started.exitCode()).as(started.err()).isZero();
        assertThat(started.out()).startsWith("Started letter ");
        String id = started.out().replaceAll("\\D*(\\d+).*\\s*", "$1");

        Cli.Run list = cli.run("letter", "list", "--format", "csv");
        assertThat(list.out().lines().skip(1).findFirst().orElseThrow())
                .startsWith(id + ",2016-01-11,")
                .contains("The Rt Hon Greg Clark MP", "John Crabtree", "Draft");

        Cli.Run comment = cli.run("letter", "comment", id, "--text", "Name the round.");
        assertThat(comment.exitCode()).isZero();
        Cli.Run shown = cli.run("letter", "show", id);
        assertThat(shown.out())
                .contains(
                        "11 January 2016",
                        "Dear Secretary of State,",
                        "Sent by email",
                        "1 open comment",
                        "Name the round.")
                .containsSubsequence("2 Marsham Street", "Sent by email", "11 January 2016", "Dear Secretary");

        String commentId = comment.out().replaceAll("\\D*(\\d+).*\\s*", "$1");
        assertThat(cli.run("letter", "resolve", commentId).exitCode()).isZero();
        assertThat(cli.run("letter", "show", id).out()).doesNotContain("open comment");
    }

    @Test
    void versionsAreSavedAndListed() {
        cli.run("letter", "new", "--template", "Press release", "--title", "Stepping back");
        Cli.Run saved = cli.run("letter", "versions", "1", "--save", "First draft");
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Saved version 1 of letter 1.", "First draft");
    }

    @Test
    void anUnknownTemplateOrLetterIsOneSentenceAndExitOne() {
        Cli.Run template = cli.run("letter", "new", "--template", "Valentine");
        assertThat(template.exitCode()).isEqualTo(1);
        assertThat(template.errLines()).hasSize(1).first().asString().contains("Valentine", "Joint letter");

        Cli.Run letter = cli.run("letter", "show", "99");
        assertThat(letter.exitCode()).isEqualTo(1);
        assertThat(letter.errLines()).hasSize(1).first().asString().contains("no letter 99", "letter list");
    }

    @Test
    void aLetterSavedAsATemplateIsListedAndANameTakenIsRefused() {
        Cli.Run saved = cli.run("letter", "save-template", "1", "--name", "Quarterly letter");
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(cli.run("letter", "templates", "--format", "csv").out()).contains("Quarterly letter,no");
        Cli.Run again = cli.run("letter", "save-template", "2", "--name", "quarterly letter");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already");
    }

    @Test
    void templatesAreListed() {
        Cli.Run templates = cli.run("letter", "templates");
        assertThat(templates.out())
                .contains(
                        "Assessment letter to the Secretary of State",
                        "Joint letter with the council",
                        "Press release");
    }
}
