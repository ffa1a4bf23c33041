package org.stocktake.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.files.FileProblem;
import org.stocktake.signing.service.SigningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code stocktake pdf sign|verify|certificate|trust|picture}: signatures on PDF files. Signing and making a
 * certificate work on the files named and need no workspace; verify uses the workspace's trust list when there is a
 * workspace; trust and picture change the workspace.
 */
@Command(
        name = "pdf",
        mixinStandardHelpOptions = true,
        description = "Sign PDF files, check their signatures, and make a self-signed certificate to sign with; keep"
                + " the workspace's trust list and people's signature pictures. Signing needs no workspace; verify"
                + " judges chains against the workspace's trust list when there is one.",
        footer = {
            "%nExamples:",
            "  stocktake pdf certificate --name \"J R A Crabtree\" --out chair.p12",
            "  stocktake pdf sign letter.pdf --p12 chair.p12 --alias signing --out letter-signed.pdf",
            "  stocktake pdf verify letter-signed.pdf",
            "  stocktake pdf trust add panel-root-ca.pem",
            "  stocktake pdf picture set \"John Crabtree\" crabtree-signature.png"
        },
        subcommands = {
            PdfSignCommand.class,
            PdfVerifyCommand.class,
            PdfCertificateCommand.class,
            PdfTrustCommand.class,
            PdfPictureCommand.class
        })
public final class PdfCommand {

    /** A signature does not hold, or the file has none: distinct from a command that could not run at all. */
    public static final int SIGNATURE_DOES_NOT_HOLD = 4;

    @ParentCommand
    StocktakeCommand root;

    /** Replaced by tests, which cannot type on a terminal nor set the process's environment. */
    KeystorePassword passwords = KeystorePassword.fromEnvironmentOrConsole();

    Clock clock = Clock.systemDefaultZone();

    SigningService service() {
        return new SigningService(clock);
    }

    /** The bytes of a file named on the command line, or a sentence saying why they cannot be read. */
    static byte[] read(Path file, String what) {
        if (Files.isDirectory(file)) {
            throw new ValidationException(file + " is a folder; name " + what + ".");
        }
        if (!Files.exists(file)) {
            throw new ValidationException("The file " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file)) {
            throw new ValidationException(
                    file + " is not an ordinary file (it may be a named pipe or a device); name " + what + ".");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(FileProblem.ofReading(file, e), e);
        }
    }
}
