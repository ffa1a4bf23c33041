package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.signing.Pdfsig;
import org.stocktake.signing.TestImages;
import org.stocktake.signing.TestKeys;
import org.stocktake.signing.TestPdfs;
import org.stocktake.signing.TestPki;
import picocli.CommandLine;

/**
 * The trust list and stored signature pictures from the command line: a chain trusted once its root is added, a
 * revoked signer refused, and a kept picture drawn when its person signs unless --image gives another.
 */
class SigningTrustAndPicturesTest {

    private static final String PASSWORD = "correct horse";
    private static final TestPki PKI = new TestPki();

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
    void aChainIsTrustedOnceItsRootIsOnTheWorkspacesTrustList() throws Exception {
        Path signed = signWithPki(PKI.signer, "signed.pdf");

        Cli.Run before = withData("pdf", "verify", signed.toString());
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("not trusted (root: Test Root CA)");

        Cli.Run added = withData(
                "pdf", "trust", "add", pem("root.pem", PKI.root.certificate()).toString());
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("Trusted CN=Test Root CA (fingerprint ");
        assertThat(withData("pdf", "trust", "list").out()).contains("CN=Test Root CA");

        Cli.Run after = withData("pdf", "verify", signed.toString(), "--format", "json");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out())
                .contains("\"trust\": \"trusted\"", "\"root\": \"Test Root CA\"")
                .contains("\"revocation\": \"not revoked (CRL in the PDF)\"");
        assertThat(withData("audit", "verify").exitCode()).isZero();
    }

    @Test
    void aRevokedSignerDoesNotHold() throws Exception {
        Path signed = signWithPki(PKI.revoked, "revoked.pdf");

        Cli.Run verify = withData("pdf", "verify", signed.toString());

        assertThat(verify.exitCode()).isEqualTo(PdfCommand.SIGNATURE_DOES_NOT_HOLD);
        assertThat(verify.out()).contains("revoked on ");
        assertThat(verify.err()).contains("does not hold: the certificate was revoked on ");
        assertThat(Pdfsig.validSignatures(Pdfsig.report(signed))).isEqualTo(1);
    }

    @Test
    void aKeptPictureIsDrawnWhenItsPersonSignsAndImageOverridesIt() throws Exception {
        Path chair = files.resolve("chair.p12");
        assertThat(run("pdf", "certificate", "--name", "John Crabtree", "--out", chair.toString())
                        .exitCode())
                .isZero();
        Path kept = Files.write(files.resolve("crabtree.png"), TestImages.scrawl(300, 100, "png"));
        Path other = Files.write(files.resolve("other.jpg"), TestImages.scrawl(120, 40, "jpg"));

        Cli.Run set = withData("pdf", "picture", "set", "John Crabtree", kept.toString());
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("Kept crabtree.png as the signature picture of John Crabtree.\n");

        Path byDefault = files.resolve("default.pdf");
        Cli.Run exported = withData(
                "letter",
                "export",
                "1",
                "--out",
                byDefault.toString(),
                "--sign",
                chair.toString(),
                "--alias",
                "signing");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(TestPdfs.signaturePictures(Files.readAllBytes(byDefault))).containsValue("300x100");

        Path overridden = files.resolve("overridden.pdf");
        Cli.Run withImage = withData(
                "letter",
                "export",
                "1",
                "--out",
                overridden.toString(),
                "--sign",
                chair.toString(),
                "--alias",
                "signing",
                "--image",
                other.toString());
        assertThat(withImage.exitCode()).as(withImage.err()).isZero();
        assertThat(TestPdfs.signaturePictures(Files.readAllBytes(overridden))).containsValue("120x40");

        assertThat(withData("pdf", "picture", "list").out()).contains("John Crabtree", "PNG", "300 x 100");
        assertThat(withData("audit", "verify").exitCode()).isZero();
        Cli.Run cleared = withData("pdf", "picture", "clear", "John Crabtree");
        assertThat(cleared.out()).isEqualTo("Removed the signature picture of John Crabtree.\n");
        Path plain = files.resolve("plain.pdf");
        withData("letter", "export", "1", "--out", plain.toString(), "--sign", chair.toString(), "--alias", "signing");
        assertThat(TestPdfs.signaturePictures(Files.readAllBytes(plain))).containsValue("none");
    }

    @Test
    void badPicturesAreRefusedInOneSentenceAndNothingIsStored() throws Exception {
        byte[] png = TestImages.scrawl(300, 100, "png");
        Path text = Files.writeString(files.resolve("signature.png"), "not a picture at all");
        Path truncated = Files.write(files.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        Path huge = Files.write(files.resolve("huge.png"), TestImages.claimingToBeHuge(40_000));
        Path pipe = files.resolve("pipe.png");
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
        Set<String> storedBefore = stored();

        assertRefused(text, "signature.png is not a PNG or JPEG picture;");
        assertRefused(truncated, "cut.png is cut short or damaged;");
        assertRefused(huge, "huge.png is 40000 by 40000 pixels;");
        assertRefused(pipe, "is not an ordinary file (it may be a named pipe or a device)");

        assertThat(stored()).isEqualTo(storedBefore);
        assertThat(withData("pdf", "picture", "list", "--format", "csv").out().lines())
                .hasSize(1);
    }

    private void assertRefused(Path picture, String sentence) {
        Cli.Run refused = withData("pdf", "picture", "set", "John Crabtree", picture.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(sentence);
        assertThat(refused.err().lines()).hasSize(1);
    }

    private Set<String> stored() {
        try (AppContext context = cli.open()) {
            return context.store().stored();
        }
    }

    private Path signWithPki(TestKeys.Identity who, String name) throws Exception {
        Path keystore = files.resolve(name + ".p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                "signing", who.key(), PASSWORD.toCharArray(), PKI.chainOf(who).toArray(X509Certificate[]::new));
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, PASSWORD.toCharArray());
        }
        Path crl = Files.write(files.resolve("ca.crl"), PKI.crl.getEncoded());
        Path letter = Files.write(files.resolve("letter-" + name), TestPdfs.letterForTwo());
        Path signed = files.resolve(name);
        Cli.Run sign = run(
                "pdf",
                "sign",
                letter.toString(),
                "--p12",
                keystore.toString(),
                "--alias",
                "signing",
                "--crl",
                crl.toString(),
                "--out",
                signed.toString());
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        return signed;
    }

    private Path pem(String name, X509Certificate certificate) throws Exception {
        String text = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        return Files.writeString(files.resolve(name), text);
    }

    private Cli.Run withData(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", workspace.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static Cli.Run run(String... args) {
        CommandLine commandLine = StocktakeCommand.commandLine(new StocktakeCommand());
        PdfCommand pdf = commandLine.getSubcommands().get("pdf").getCommand();
        pdf.passwords = KeystorePassword.of(Map.of(KeystorePassword.VARIABLE, PASSWORD), () -> null);
        LetterCommand letter = commandLine.getSubcommands().get("letter").getCommand();
        letter.passwords = KeystorePassword.of(Map.of(KeystorePassword.VARIABLE, PASSWORD), () -> null);
        return Cli.runExactly(commandLine, args);
    }
}
