package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.signing.Pdfsig;
import org.stocktake.signing.TestKeys;
import org.stocktake.signing.TestPdfs;
import picocli.CommandLine;

/** The pdf commands, run as the jar runs them, with the keystore password given through the environment. */
class PdfCommandTest {

    private static final String PASSWORD = "correct horse";

    @TempDir
    Path folder;

    private Path letter;
    private Path chair;

    @BeforeEach
    void letterAndKeystore() throws Exception {
        letter = Files.write(folder.resolve("letter.pdf"), TestPdfs.letterForTwo());
        chair = folder.resolve("chair.p12");
        Cli.Run made = run(
                Map.of(KeystorePassword.VARIABLE, PASSWORD),
                "pdf",
                "certificate",
                "--name",
                "J R A Crabtree",
                "--organisation",
                "Birmingham Independent" + " Improvement Panel",
                "--out",
                chair.toString(),
                "--key",
                "ec");
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out())
                .startsWith("Wrote " + chair + ": a self-signed certificate for J R A Crabtree (EC P-256),"
                        + " valid until ");
    }

    @Test
    void signThenVerifyWithoutAnyWorkspace() throws Exception {
        Path nowhere = folder.resolve("no-workspace");
        Path signed = folder.resolve("signed.pdf");

        Cli.Run sign = sign("--data", nowhere.toString(), letter.toString(), "--out", signed.toString());
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(sign.out())
                .isEqualTo("Signed " + letter + " as J R A Crabtree in the field signatory-1; wrote " + signed + ".\n");
        assertThat(Pdfsig.validSignatures(Pdfsig.report(signed))).isEqualTo(1);

        Cli.Run verify = run("pdf", "verify", signed.toString(), "--data", nowhere.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("signatory-1", "holds", "J R A Crabtree", "intact");
        assertThat(verify.out()).containsPattern("signatory-2 +awaiting signature");
        assertThat(verify.err()).isEmpty();
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void verifyAsJson() throws Exception {
        Path signed = folder.resolve("signed.pdf");
        sign(letter.toString(), "--out", signed.toString());

        Cli.Run verify = run("pdf", "verify", signed.toString(), "--format", "json");

        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out())
                .contains(
                        "\"field\": \"signatory-1\"",
                        "\"status\": \"holds\"",
                        "\"trust\": \"self-signed\"",
                        "\"revocation\": \"not checked: the PDF carries no CRL or OCSP answer for it\"",
                        "\"selfSigned\": true",
                        "\"timestamped\": false",
                        "\"subFilter\": \"ETSI.CAdES.detached\"",
                        "\"status\": \"awaiting signature\"");
    }

    @Test
    void aChangedByteMakesVerifyExitFour() throws Exception {
        Path signed = folder.resolve("signed.pdf");
        sign(letter.toString(), "--out", signed.toString());
        Files.write(signed, org.stocktake.signing.pdf.PdfVerifierTestAccess.tampered(Files.readAllBytes(signed)));

        Cli.Run verify = run("pdf", "verify", signed.toString());

        assertThat(verify.exitCode()).isEqualTo(PdfCommand.SIGNATURE_DOES_NOT_HOLD);
        assertThat(verify.out()).contains("does not hold", "signed bytes changed");
        assertThat(verify.err())
                .isEqualTo("stocktake: the signature in signatory-1 does not hold: the document was changed after it"
                        + " was signed (the signed bytes differ).\n");
    }

    @Test
    void aPdfWithoutSignaturesMakesVerifyExitFour() {
        Cli.Run verify = run("pdf", "verify", letter.toString());

        assertThat(verify.exitCode()).isEqualTo(4);
        assertThat(verify.err())
                .isEqualTo("stocktake: " + letter
                        + " has no signature; its signature fields are all awaiting a signatory.\n");
    }

    @Test
    void theOutputIsNotReplacedWithoutForce() throws Exception {
        Path signed = Files.writeString(folder.resolve("signed.pdf"), "keep me");

        Cli.Run refused = sign(letter.toString(), "--out", signed.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .isEqualTo("stocktake: " + signed
                        + " exists already; add --force to replace it, or choose another --out.\n");
        assertThat(Files.readString(signed)).isEqualTo("keep me");

        Cli.Run forced = sign(letter.toString(), "--out", signed.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(signed)).startsWith(Files.readAllBytes(letter));
    }

    @Test
    void aWrongPasswordIsOneLine() {
        Cli.Run run = run(
                Map.of(KeystorePassword.VARIABLE, "wrong"),
                "pdf",
                "sign",
                letter.toString(),
                "--p12",
                chair.toString(),
                "--alias",
                "signing",
                "--out",
                folder.resolve("signed.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("stocktake: The password for the keystore " + chair + " is wrong.\n");
        assertThat(folder.resolve("signed.pdf")).doesNotExist();
    }

    @Test
    void withoutAPasswordSourceItSaysHowToGiveOne() {
        Cli.Run run = run(
                Map.of(),
                "pdf",
                "sign",
                letter.toString(),
                "--p12",
                chair.toString(),
                "--alias",
                "signing",
                "--out",
                folder.resolve("signed.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("stocktake: The keystore's password is needed: set STOCKTAKE_KEYSTORE_PASSWORD, or run the"
                        + " command in a terminal to be asked for it.\n");
    }

    @Test
    void aMissingAliasNamesThoseThereAre() {
        Cli.Run run = run(
                Map.of(KeystorePassword.VARIABLE, PASSWORD),
                "pdf",
                "sign",
                letter.toString(),
                "--p12",
                chair.toString(),
                "--alias",
                "chair",
                "--out",
                folder.resolve("signed.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("stocktake: The keystore " + chair + " has no key named chair; it has signing.\n");
    }

    @Test
    void anExpiredCertificateIsRefused() throws Exception {
        Path old = TestKeys.p12(
                folder.resolve("old.p12"),
                TestKeys.issued(
                        "J R A Crabtree",
                        java.time.Instant.parse("2019-01-01T00:00:00Z"),
                        java.time.Instant.parse("2020-01-01T00:00:00Z")),
                "chair",
                PASSWORD.toCharArray());

        Cli.Run run = run(
                Map.of(KeystorePassword.VARIABLE, PASSWORD),
                "pdf",
                "sign",
                letter.toString(),
                "--p12",
                old.toString(),
                "--alias",
                "chair",
                "--out",
                folder.resolve("signed.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("stocktake: The certificate of chair expired on 1 January 2020;");
    }

    @Test
    void anUnreachableTimestampAuthoritySignsWithoutAndSaysSo() {
        Path signed = folder.resolve("signed.pdf");

        Cli.Run run = sign(letter.toString(), "--out", signed.toString(), "--tsa", "http://127.0.0.1:9/");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .endsWith("Signed without a time-stamp: The time-stamp authority at http://127.0.0.1:9/ could not be"
                        + " reached.\n");
        assertThat(signed).exists();
    }

    @Test
    void notAPdfIsOneLine() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "Dear Secretary of State");

        Cli.Run sign =
                sign(text.toString(), "--out", folder.resolve("signed.pdf").toString());
        Cli.Run verify = run("pdf", "verify", text.toString());
        Cli.Run missing = run("pdf", "verify", folder.resolve("missing.pdf").toString());

        assertThat(sign.exitCode()).isEqualTo(1);
        assertThat(sign.err()).isEqualTo("stocktake: " + text + " is not a PDF.\n");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.err()).isEqualTo("stocktake: " + text + " is not a PDF.\n");
        assertThat(missing.err())
                .isEqualTo("stocktake: The file " + folder.resolve("missing.pdf") + " does not exist.\n");
    }

    @Test
    void aPictureOfTheSignatureIsDrawnAndAnythingElseRefused() throws Exception {
        Path png =
                Files.write(folder.resolve("signature.png"), org.stocktake.signing.TestImages.handwrittenSignature());
        Path notes = Files.writeString(folder.resolve("notes.png"), "not a picture");

        Cli.Run drawn = sign(
                letter.toString(),
                "--image",
                png.toString(),
                "--out",
                folder.resolve("a.pdf").toString());
        Cli.Run refused = sign(
                letter.toString(),
                "--image",
                notes.toString(),
                "--out",
                folder.resolve("b.pdf").toString());

        assertThat(drawn.exitCode()).as(drawn.err()).isZero();
        assertThat(Files.size(folder.resolve("a.pdf"))).isGreaterThan(Files.size(letter) + 2_000);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .isEqualTo("stocktake: The picture of the signature is not a PNG or JPEG picture; give a scan or"
                        + " photograph of the handwritten signature in one of those.\n");
        assertThat(folder.resolve("b.pdf")).doesNotExist();
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        Cli.Run run = run("pdf", "sign", letter.toString(), "--p12", chair.toString(), "--out", "x.pdf");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--alias");
    }

    @Test
    void aKeystoreIsNeverWrittenOver() throws Exception {
        byte[] before = Files.readAllBytes(chair);

        Cli.Run run = run(
                Map.of(KeystorePassword.VARIABLE, PASSWORD),
                "pdf",
                "certificate",
                "--name",
                "Someone Else",
                "--out",
                chair.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("stocktake: " + chair
                        + " exists already; Stocktake never writes over a keystore. Choose another file name.\n");
        assertThat(Files.readAllBytes(chair)).isEqualTo(before);
    }

    private Cli.Run sign(String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "pdf";
        all[1] = "sign";
        all[2] = "--p12";
        all[3] = chair.toString();
        all[4] = "--alias";
        all[5] = "signing";
        System.arraycopy(args, 0, all, 6, args.length);
        return run(Map.of(KeystorePassword.VARIABLE, PASSWORD), all);
    }

    private static Cli.Run run(String... args) {
        return run(Map.of(KeystorePassword.VARIABLE, PASSWORD), args);
    }

    private static Cli.Run run(Map<String, String> environment, String... args) {
        CommandLine commandLine = StocktakeCommand.commandLine(new StocktakeCommand());
        PdfCommand pdf = commandLine.getSubcommands().get("pdf").getCommand();
        pdf.passwords = KeystorePassword.of(environment, () -> null);
        return Cli.runExactly(commandLine, args);
    }
}
