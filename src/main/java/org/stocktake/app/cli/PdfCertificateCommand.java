package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stocktake.shared.Actor;
import org.stocktake.signing.service.CertificateRequest;
import org.stocktake.signing.service.KeyKind;
import org.stocktake.signing.service.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake pdf certificate}: a key and a self-signed certificate in a new keystore. */
@Command(
        name = "certificate",
        mixinStandardHelpOptions = true,
        description = {
            "Make a signing key and a self-signed certificate, in a new PKCS#12 keystore that only you may read. A"
                    + " signature made with it says who signed, but nobody vouches for it: readers show it as"
                    + " unverified.",
            "The keystore's password is read from STOCKTAKE_KEYSTORE_PASSWORD, else asked for twice on the terminal."
        },
        footer = {
            "%nExamples:",
            "  stocktake pdf certificate --name \"J R A Crabtree\" --organisation \"Birmingham Independent Improvement"
                    + " Panel\" --out chair.p12",
            "  stocktake pdf certificate --name \"Ian Ward\" --out leader.p12 --alias leader --years 2 --key ec"
        })
final class PdfCertificateCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    /** The kinds of key offered, by the names typed. */
    enum Key {
        RSA(KeyKind.RSA_3072, "RSA 3072"),
        EC(KeyKind.EC_P256, "EC P-256");

        final KeyKind kind;
        final String label;

        Key(KeyKind kind, String label) {
            this.kind = kind;
            this.label = label;
        }
    }

    @ParentCommand
    PdfCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The holder's name, shown as signer.")
    String name;

    @Option(names = "--organisation", paramLabel = "ORG", description = "The holder's organisation.")
    String organisation;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.p12",
            description = "The new keystore; never replaced.")
    Path out;

    @Option(
            names = "--alias",
            defaultValue = "signing",
            paramLabel = "A",
            description = "The key's name (default: signing).")
    String alias;

    @Option(names = "--years", defaultValue = "3", paramLabel = "N", description = "Years of validity (default: 3).")
    int years;

    @Option(
            names = "--key",
            defaultValue = "rsa",
            paramLabel = "rsa|ec",
            description = "RSA 3072 or EC P-256 (default: rsa).")
    Key key;

    @Override
    public Integer call() {
        CertificateRequest request = new CertificateRequest(name, organisation, alias, years, key.kind);
        parent.service().checkNewKeystore(out);
        char[] password = parent.passwords.chosen(out.toString());
        SigningKey made;
        try {
            made = parent.service().createSelfSigned(Actor.fromEnvironment(), request, out, password);
        } finally {
            Arrays.fill(password, ' ');
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Wrote " + TerminalText.escape(out.toString()) + ": a self-signed certificate for "
                + TerminalText.escape(made.holderName()) + " (" + key.label + "), valid until "
                + DAY.format(made.certificate().getNotAfter().toInstant()) + ", under the alias "
                + TerminalText.escape(made.alias()) + ".");
        printer.flush();
        return 0;
    }
}
