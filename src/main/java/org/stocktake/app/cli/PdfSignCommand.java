package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.shared.Actor;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.files.AtomicFile;
import org.stocktake.signing.pdf.SigningOutcome;
import org.stocktake.signing.service.SignOptions;
import org.stocktake.signing.service.SignedDocument;
import org.stocktake.signing.service.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake pdf sign}: signs a PDF into a new file, leaving the original as it was. */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = {
            "Sign a PDF (PAdES baseline B) into a new file. Signs the field named, else the first empty signature"
                    + " field, else adds a signature at the foot of the last page. Earlier signatures stay valid. The"
                    + " certificate chain, and any --crl given, are then added to the PDF's document security store by"
                    + " an update of their own, for validation years on.",
            "The keystore's password is read from STOCKTAKE_KEYSTORE_PASSWORD, else asked for on the terminal."
        },
        footer = {
            "%nExamples:",
            "  stocktake pdf sign letter.pdf --p12 chair.p12 --alias signing --out letter-signed.pdf",
            "  stocktake pdf sign letter-signed.pdf --p12 leader.p12 --alias signing --field signatory-2"
                    + " --image signature.png --out letter-final.pdf",
            "  stocktake pdf sign letter.pdf --p12 chair.p12 --alias signing --crl panel-ca.crl --out letter-signed.pdf"
        })
final class PdfSignCommand implements Callable<Integer> {

    @ParentCommand
    PdfCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.pdf", description = "The PDF to sign.")
    Path file;

    @Option(names = "--p12", required = true, paramLabel = "P12", description = "The PKCS#12 keystore (.p12, .pfx).")
    Path keystore;

    @Option(names = "--alias", required = true, paramLabel = "A", description = "The name of the key in the keystore.")
    String alias;

    @Option(names = "--out", required = true, paramLabel = "SIGNED.pdf", description = "Where to write the signed PDF.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Option(names = "--field", paramLabel = "NAME", description = "The empty signature field to sign.")
    String field;

    @Option(
            names = "--image",
            paramLabel = "SIG.png",
            description = "A picture of the handwritten signature (PNG or JPEG).")
    Path image;

    @Option(
            names = "--crl",
            paramLabel = "FILE.crl",
            description = "A revocation list your certificate authority published (repeatable): kept with the"
                    + " certificate chain in the PDF's document security store, for checks years on.")
    List<Path> crls;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the document is signed.")
    String reason;

    @Option(
            names = "--tsa",
            paramLabel = "URL",
            description = "An RFC 3161 time-stamp authority; when it cannot be reached the PDF is signed without.")
    String tsa;

    @Override
    public Integer call() {
        if (Files.exists(out) && !force) {
            throw new ValidationException(out + " exists already; add --force to replace it, or choose another --out.");
        }
        byte[] pdf = PdfCommand.read(file, "a PDF file");
        SignOptions options = new SignOptions(
                field,
                image == null ? null : PdfCommand.read(image, "a PNG or JPEG picture"),
                reason,
                SignOptions.address(tsa),
                readCrls(crls));
        char[] password = parent.passwords.existing(keystore.toString());
        SigningKey key;
        try {
            key = parent.service().openKey(keystore, password, alias);
        } finally {
            Arrays.fill(password, ' ');
        }
        SignedDocument signed = parent.service().sign(Actor.fromEnvironment(), pdf, file.toString(), key, options);
        byte[] bytes = signed.pdf();
        AtomicFile.write(out, stream -> stream.write(bytes));
        report(signed);
        return 0;
    }

    /** The revocation lists named, read as files; none when none is named. */
    static List<byte[]> readCrls(List<Path> files) {
        return files == null
                ? List.of()
                : files.stream()
                        .map(f -> PdfCommand.read(f, "a revocation list (.crl)"))
                        .toList();
    }

    private void report(SignedDocument signed) {
        SigningOutcome outcome = signed.outcome();
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Signed " + TerminalText.escape(file.toString()) + " as " + TerminalText.escape(signed.signer())
                + " in " + (outcome.addedField() ? "a new field " : "the field ")
                + TerminalText.escape(outcome.field()) + "; wrote " + TerminalText.escape(out.toString()) + ".");
        if (outcome.timestamped()) {
            printer.println("Time-stamped by " + TerminalText.escape(tsa) + ".");
        }
        if (outcome.timestampProblem() != null) {
            printer.println("Signed without a time-stamp: " + TerminalText.escape(outcome.timestampProblem()));
        }
        printer.flush();
    }
}
