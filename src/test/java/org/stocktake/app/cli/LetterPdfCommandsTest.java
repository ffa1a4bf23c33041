package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Run;
import org.stocktake.letters.service.Letter;
import picocli.CommandLine;

/**
 * The joint letter of 8 March 2018 from the command line: started from its template, drafted from the data,
 * exported and signed by the chair, signed by the leader with pdf sign, checked and issued.
 */
class LetterPdfCommandsTest {

    private static final String PASSWORD = "correct horse";

    @TempDir
    Path workspace;

    @TempDir
    Path files;

    private Cli cli;

    @BeforeEach
    void makeTheDemoAndTheKeys() {
        cli = new Cli(workspace);
        assertThat(run(
                                "pdf",
                                "certificate",
                                "--name",
                                "John Crabtree",
                                "--out",
                                files.resolve("chair.p12").toString())
                        .exitCode())
                .isZero();
        assertThat(run(
                                "pdf",
                                "certificate",
                                "--name",
                                "Ian Ward",
                                "--out",
                                files.resolve("leader.p12").toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void aJointLetterIsExportedSignedInTurnCheckedAndIssued() throws Exception {
        String id = started(
                withData("letter", "new", "--template", "Joint letter with the council", "--date", "2018-03-08"));
        Cli.Run inserted = withData("letter", "insert", id, "--round-summary", "2");
        assertThat(inserted.exitCode()).as(inserted.err()).isZero();
        String pdf = files.resolve("joint.pdf").toString();
        String both = files.resolve("joint-both.pdf").toString();

        Cli.Run exported = withData("letter", "export", id, "--out", pdf, "--sign", key("chair"), "--alias", "signing");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Signed as John Crabtree in the field signatory-2.");
        Cli.Run second = run("pdf", "sign", pdf, "--p12", key("leader"), "--alias", "signing", "--out", both);
        assertThat(second.out()).contains("in the field signatory-1");

        Cli.Run notReady = withData("letter", "check", id, "--pdf", both);
        assertThat(notReady.exitCode()).isEqualTo(4);
        assertThat(notReady.out()).contains("2 drafters' notes are still in the letter: remove them.");

        removeNotes(Long.parseLong(id));
        withData("letter", "export", id, "--out", pdf, "--force", "--sign", key("chair"), "--alias", "signing");
        run("pdf", "sign", pdf, "--p12", key("leader"), "--alias", "signing", "--out", both, "--force");
        Cli.Run ready = withData("letter", "check", id, "--pdf", both);
        assertThat(ready.exitCode()).as(ready.out()).isZero();
        Cli.Run issued = withData("letter", "issue", id, "--pdf", both, "--reply-by", "2018-04-30");
        assertThat(issued.exitCode()).as(issued.err()).isZero();

        Cli.Run correspondence = withData("correspondence", "list", "--format", "csv");
        assertThat(correspondence.out()).contains("2018-04-30").contains("Sajid Javid");
        assertThat(withData("letter", "list").out()).contains("Issued");
        Cli.Run verified = run("pdf", "verify", both);
        assertThat(verified.exitCode()).isZero();
    }

    @Test
    void aWrongKeystorePasswordIsOneSentenceAndNoFileIsWritten() {
        String id = started(withData(
                "letter", "new", "--template", "Assessment letter to the Secretary of State", "--date", "2016-01-11"));
        Path pdf = files.resolve("assessment.pdf");

        Cli.Run wrong = run(
                Map.of(KeystorePassword.VARIABLE, "wrong"),
                "--data",
                workspace.toString(),
                "letter",
                "export",
                id,
                "--out",
                pdf.toString(),
                "--sign",
                key("chair"),
                "--alias",
                "signing");

        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.errLines()).hasSize(1).first().asString().containsIgnoringCase("password");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void versionsAreComparedAndAPassageFromDataIsInsertedAndListedUpToDate() {
        String id = started(withData(
                "letter", "new", "--template", "Assessment letter to the Secretary of State", "--date", "2016-01-11"));
        withData("letter", "versions", id, "--save", "Before the summary");
        withData("letter", "insert", id, "--changes-since", "2");

        Cli.Run diff = withData("letter", "diff", id, "1");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).isNotBlank().doesNotContain("No difference");
        assertThat(withData("letter", "refresh", id, "--list").out()).contains("up to date");
        Cli.Run parts = withData("letter", "show", id, "--parts");
        assertThat(parts.out().lines()).hasSizeGreaterThan(5);
        Cli.Run badPart = withData("letter", "insert", id, "--round-summary", "2", "--after", "nowhere");
        assertThat(badPart.exitCode()).isEqualTo(1);
        assertThat(badPart.err()).contains("no part 'nowhere'");
    }

    private static String started(Cli.Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().replaceAll("\\D*(\\d+).*\\s*", "$1");
    }

    private void removeNotes(long id) {
        try (AppContext context = cli.open()) {
            Letter letter = context.letters().letter(id);
            List<Block> body = new ArrayList<>(letter.document().body());
            body.removeIf(Block.Note.class::isInstance);
            body.add(0, new Block.Paragraph("opening", List.of(Run.plain("Significant changes continue.")), null));
            context.letters().save(letter, letter.title(), letter.document().withBody(body));
        }
    }

    private String key(String who) {
        return files.resolve(who + ".p12").toString();
    }

    private Cli.Run withData(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", workspace.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static Cli.Run run(String... args) {
        return run(Map.of(KeystorePassword.VARIABLE, PASSWORD), args);
    }

    private static Cli.Run run(Map<String, String> environment, String... args) {
        CommandLine commandLine = StocktakeCommand.commandLine(new StocktakeCommand());
        PdfCommand pdf = commandLine.getSubcommands().get("pdf").getCommand();
        pdf.passwords = KeystorePassword.of(environment, () -> null);
        LetterCommand letter = commandLine.getSubcommands().get("letter").getCommand();
        letter.passwords = KeystorePassword.of(environment, () -> null);
        return Cli.runExactly(commandLine, args);
    }
}
