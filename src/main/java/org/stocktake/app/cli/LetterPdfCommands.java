package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.letters.document.Signatory;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.Readiness;
import org.stocktake.letters.service.SignatoryFields;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.files.AtomicFile;
import org.stocktake.signing.service.SignOptions;
import org.stocktake.signing.service.SignedDocument;
import org.stocktake.signing.service.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The commands that turn a draft into a sent letter: export (and sign), check, issue, publish. */
final class LetterPdfCommands {

    /** No letter's PDF comes near this; a bigger file is not one of ours. */
    private static final long MAX_PDF_BYTES = 100L * 1024 * 1024;

    private LetterPdfCommands() {}

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Write a letter as a PDF/A, signed by its first signatory when --sign is given. The next signatory"
                        + " signs the exported file with stocktake pdf sign.",
                "The keystore's password is read from STOCKTAKE_KEYSTORE_PASSWORD, else asked for on the terminal."
            },
            footer = {
                "%nExamples:",
                "  stocktake letter export 1 --out letter.pdf",
                "  stocktake letter export 1 --out letter.pdf --sign chair.p12 --alias signing",
                "  stocktake letter export 2 --out joint.pdf --sign chair.p12 --alias signing --crl panel-ca.crl"
            })
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
        Path out;

        @Option(names = "--force", description = "Replace the --out file if it exists.")
        boolean force;

        @Option(names = "--sign", paramLabel = "P12", description = "Sign with the key in this PKCS#12 keystore.")
        Path keystore;

        @Option(names = "--alias", paramLabel = "A", description = "The name of the key in the keystore.")
        String alias;

        @Option(
                names = "--image",
                paramLabel = "SIG.png",
                description = "A picture of the handwritten signature (PNG or JPEG), in place of the signatory's stored"
                        + " one (pdf picture set).")
        Path image;

        @Option(names = "--tsa", paramLabel = "URL", description = "An RFC 3161 time-stamp authority, if reachable.")
        String tsa;

        @Option(
                names = "--crl",
                paramLabel = "FILE.crl",
                description = "A revocation list your certificate authority published, kept in the PDF for later"
                        + " checks.")
        List<Path> crls;

        @Override
        public Integer call() {
            if (Files.exists(out) && !force) {
                throw new ValidationException(
                        out + " exists already; add --force to replace it, or choose another --out.");
            }
            if (keystore != null && alias == null) {
                throw new ValidationException("Name the key to sign with: add --alias A (the keystore's key name).");
            }
            // Signing is opened for changes, so that a refusal to sign is recorded in the trail.
            try (AppContext context = keystore == null ? parent.root.openForReading() : parent.root.openContext()) {
                Letter letter = context.letters().letter(id);
                if (keystore != null) {
                    context.letters().permitSigning(letter);
                }
                byte[] pdf = context.letterPdf().typeset(letter).pdf();
                PrintWriter printer = spec.commandLine().getOut();
                if (keystore != null) {
                    SignedDocument signed = sign(context, letter, pdf);
                    pdf = signed.pdf();
                    printer.println("Signed as " + TerminalText.escape(signed.signer()) + " in the field "
                            + signed.outcome().field() + ".");
                    if (signed.outcome().timestampProblem() != null) {
                        printer.println("Signed without a time-stamp: "
                                + TerminalText.escape(signed.outcome().timestampProblem()));
                    }
                }
                byte[] bytes = pdf;
                AtomicFile.write(out, stream -> stream.write(bytes));
                printer.println("Wrote letter " + id + " to " + TerminalText.escape(out.toString()) + ".");
                printer.flush();
                return 0;
            }
        }

        private SignedDocument sign(AppContext context, Letter letter, byte[] pdf) {
            char[] password = parent.passwords.existing(keystore.toString());
            SigningKey key;
            try {
                key = context.signing().openKey(keystore, password, alias);
            } finally {
                Arrays.fill(password, ' ');
            }
            Signatory who = SignatoryFields.who(letter.document(), key.holderName());
            byte[] picture = image != null
                    ? PdfCommand.read(image, "a PNG or JPEG picture")
                    : context.signaturePictures()
                            .forSigner(
                                    who == null ? null : who.person(),
                                    who == null ? null : who.name(),
                                    key.holderName());
            SignOptions options = new SignOptions(
                    SignatoryFields.of(letter.document(), key.holderName()),
                    picture,
                    null,
                    SignOptions.address(tsa),
                    PdfSignCommand.readCrls(crls));
            return context.signing().sign(context.signedIn().actor(), pdf, letter.title(), key, options);
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Say whether a letter is ready to send, with its signed PDF: exit 0 when it is, 4 when not.",
            footer = {"%nExample:", "  stocktake letter check 1 --pdf letter-signed.pdf"})
    static final class CheckCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @Option(names = "--pdf", required = true, paramLabel = "FILE.pdf", description = "The signed PDF to send.")
        Path pdf;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                Letter letter = context.letters().letter(id);
                Readiness readiness = context.readyToSend().check(letter, readPdf(pdf));
                PrintWriter printer = spec.commandLine().getOut();
                if (readiness.ready()) {
                    printer.println("Letter " + id + " is ready to send.");
                } else {
                    printer.println("Letter " + id + " is not ready to send:");
                    readiness.refusals().forEach(r -> printer.println("  - " + TerminalText.escape(r)));
                }
                printer.flush();
                return readiness.ready() ? 0 : 4;
            }
        }
    }

    @Command(
            name = "issue",
            mixinStandardHelpOptions = true,
            description = "Issue a letter that is ready to send: its signed PDF is filed in the library as a letter out"
                    + " and the letter can no longer change.",
            footer = {"%nExample:", "  stocktake letter issue 1 --pdf letter-signed.pdf --reply-by 2016-02-29"})
    static final class IssueCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @Option(names = "--pdf", required = true, paramLabel = "FILE.pdf", description = "The signed PDF sent.")
        Path pdf;

        @Option(names = "--reply-by", paramLabel = "DATE", description = "When a reply is due.")
        LocalDate replyBy;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                Letter letter = context.letters().letter(id);
                Letter issued = context.issuing().issue(letter, readPdf(pdf), replyBy);
                spec.commandLine()
                        .getOut()
                        .println("Issued letter " + id + "; its PDF is document " + issued.evidenceId()
                                + " in the library.");
                return 0;
            }
        }
    }

    @Command(
            name = "publish",
            mixinStandardHelpOptions = true,
            description = "Record that an issued letter was published, on a date and at a web address.",
            footer = {"%nExample:", "  stocktake letter publish 1 --on 2016-01-12 --link https://example.org/letter"})
    static final class PublishCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @Option(names = "--on", required = true, paramLabel = "DATE", description = "The day it was published.")
        LocalDate on;

        @Option(names = "--link", paramLabel = "URL", description = "Where it was published.")
        String link;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                context.issuing().publish(context.letters().letter(id), on, link);
                spec.commandLine().getOut().println("Letter " + id + " is published.");
                return 0;
            }
        }
    }

    static byte[] readPdf(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_PDF_BYTES) {
                throw new ValidationException(
                        file + " is larger than any letter's PDF (over 100 MB); name the signed" + " letter.");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return PdfCommand.read(file, "the letter's PDF");
    }
}
