package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.signing.service.TrustedCertificate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake pdf trust add|list|remove}: the certificates the workspace trusts when it verifies signatures. */
@Command(
        name = "trust",
        mixinStandardHelpOptions = true,
        description = "The workspace's trust list: root or intermediate certificates (your certificate authority's, a"
                + " co-signatory's) whose chains pdf verify, the window and the letter check report as trusted. Nothing"
                + " is trusted until added here.",
        footer = {
            "%nExamples:",
            "  stocktake pdf trust add panel-root-ca.pem",
            "  stocktake pdf trust list",
            "  stocktake pdf trust remove 3f9a1c0e"
        },
        subcommands = {PdfTrustCommand.Add.class, PdfTrustCommand.ListTrusted.class, PdfTrustCommand.Remove.class})
final class PdfTrustCommand {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    static final List<Column<TrustedCertificate>> COLUMNS = List.of(
            Column.of("fingerprint", "FINGERPRINT", c -> c.sha256().substring(0, 16)),
            Column.dataOnly("sha256", TrustedCertificate::sha256),
            Column.of("subject", "SUBJECT", TrustedCertificate::subject),
            Column.of("validUntil", "VALID UNTIL", c -> DAY.format(c.notAfter())));

    @ParentCommand
    PdfCommand parent;

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Add the certificates in a file (PEM, one or more, or DER) to the trust list.",
            footer = {"%nExample:", "  stocktake pdf trust add panel-root-ca.pem"})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        PdfTrustCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CERT.pem", description = "The certificate file.")
        Path file;

        @Override
        public Integer call() {
            byte[] bytes = PdfCommand.read(file, "a certificate file (.pem, .crt, .cer)");
            try (AppContext context = parent.parent.root.openContext()) {
                List<TrustedCertificate> added =
                        context.trustList().add(bytes, file.getFileName().toString());
                PrintWriter out = spec.commandLine().getOut();
                for (TrustedCertificate certificate : added) {
                    out.println("Trusted " + TerminalText.escape(certificate.subject()) + " (fingerprint "
                            + certificate.sha256().substring(0, 16) + ").");
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the certificates the workspace trusts, oldest first.",
            footer = {"%nExamples:", "  stocktake pdf trust list", "  stocktake pdf trust list --format json"})
    static final class ListTrusted implements Callable<Integer> {
        @ParentCommand
        PdfTrustCommand parent;

        @Mixin
        ListOutput output;

        @Override
        public Integer call() {
            try (AppContext context = parent.parent.root.openForReading()) {
                output.print(new Listing<>(
                        "trusted certificate", COLUMNS, context.trustList().list()));
                return 0;
            }
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Take a certificate off the trust list, named by the start of its fingerprint.",
            footer = {"%nExample:", "  stocktake pdf trust remove 3f9a1c0e"})
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        PdfTrustCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FINGERPRINT", description = "At least its first 8 hexadecimal digits.")
        String fingerprint;

        @Override
        public Integer call() {
            try (AppContext context = parent.parent.root.openContext()) {
                TrustedCertificate removed = context.trustList().remove(fingerprint);
                spec.commandLine()
                        .getOut()
                        .println("No longer trusted: " + TerminalText.escape(removed.subject()) + ".");
                return 0;
            }
        }
    }
}
