package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.shared.WorkspaceException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.signing.pdf.ChangesAfter;
import org.stocktake.signing.pdf.Revocation;
import org.stocktake.signing.pdf.SignatureCheck;
import org.stocktake.signing.pdf.VerificationReport;
import org.stocktake.signing.service.SigningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake pdf verify}: each signature of a PDF, and the fields still awaiting one. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check the signatures of a PDF: whether the signed bytes are intact, what changed after each signature,"
                    + " and the signer's certificate: its chain (from the signature, the PDF's document security store"
                    + " and the workspace's trust list), trusted, not trusted (naming the root), self-signed, expired or"
                    + " not yet valid at the signing time, or revoked. Revocation is judged only from CRLs and OCSP"
                    + " answers the PDF carries: nothing is fetched, and without them it is shown as not checked. Fields"
                    + " awaiting a signatory are listed too.",
            "The trust list is the workspace's (see pdf trust), when the --data folder, STOCKTAKE_HOME or the"
                    + " per-user folder holds one; otherwise no chain counts as trusted.",
            "Exit status: 0 when every signature holds (fields still awaiting a signatory do not count against it;"
                    + " neither do trust nor revocation not checked); 4 when one does not hold (a revoked or expired"
                    + " certificate among the reasons), or the PDF has no signature at all; 1 when the file cannot be"
                    + " read."
        },
        footer = {
            "%nExamples:",
            "  stocktake pdf verify letter-signed.pdf",
            "  stocktake pdf verify letter.pdf --format json"
        })
final class PdfVerifyCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A row: a signature, or a field awaiting one. */
    record Row(String field, SignatureCheck check) {}

    static final List<Column<Row>> COLUMNS = List.of(
            Column.of("field", "FIELD", Row::field),
            Column.of("status", "STATUS", PdfVerifyCommand::status),
            Column.of(
                    "signer",
                    "SIGNER",
                    row -> row.check() == null ? null : row.check().signer()),
            Column.of(
                    "signed",
                    "SIGNED",
                    row -> row.check() == null || row.check().signingTime() == null
                            ? null
                            : TIME.format(row.check().signingTime())),
            Column.of("integrity", "INTEGRITY", PdfVerifyCommand::integrity),
            Column.of(
                    "changedAfter",
                    "CHANGED AFTER",
                    row -> row.check() == null
                            ? null
                            : row.check().changesAfter().label()),
            Column.tableOnly("CERTIFICATE", PdfVerifyCommand::certificate),
            Column.tableOnly(
                    "REVOCATION",
                    row -> row.check() == null ? null : row.check().revocation().label()),
            Column.dataOnly(
                    "certificateValidity",
                    row -> row.check() == null
                            ? null
                            : row.check().certificateValidity().label()),
            Column.dataOnly(
                    "selfSigned",
                    row -> row.check() == null ? null : row.check().selfSigned()),
            Column.dataOnly(
                    "trust",
                    row -> row.check() == null ? null : row.check().trust().label()),
            Column.dataOnly(
                    "root", row -> row.check() == null ? null : row.check().root()),
            Column.dataOnly(
                    "certificateStatus",
                    row -> row.check() == null ? null : row.check().certificateStatus()),
            Column.dataOnly(
                    "revocation",
                    row -> row.check() == null ? null : row.check().revocationStatus()),
            Column.dataOnly(
                    "revokedAt",
                    row -> row.check() == null || row.check().revokedAt() == null
                            ? null
                            : TIME.format(row.check().revokedAt())),
            Column.tableOnly(
                    "TIME-STAMP",
                    row -> row.check() == null ? null : row.check().timestamped() ? "yes" : "no"),
            Column.dataOnly(
                    "timestamped",
                    row -> row.check() == null ? null : row.check().timestamped()),
            Column.dataOnly(
                    "subFilter", row -> row.check() == null ? null : row.check().subFilter()),
            Column.dataOnly(
                    "problem", row -> row.check() == null ? null : row.check().problem()));

    @ParentCommand
    PdfCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.pdf", description = "The PDF whose signatures to check.")
    Path file;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "table|csv|json",
            description = "How to print the signatures (default: table).")
    ListFormat format;

    @Override
    public Integer call() {
        byte[] pdf = PdfCommand.read(file, "a PDF file");
        List<X509Certificate> trusted = trustList();
        VerificationReport report = new SigningService(parent.clock, () -> trusted).verify(pdf, file.toString());
        List<Row> rows = new ArrayList<>();
        report.signatures().forEach(check -> rows.add(new Row(check.field(), check)));
        report.unsignedFields().forEach(field -> rows.add(new Row(field, null)));
        Output.list(
                new Listing<>("signature field", COLUMNS, rows),
                format,
                spec.commandLine().getOut());
        if (report.allHold()) {
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        if (report.signatures().isEmpty()) {
            err.println("stocktake: " + TerminalText.escape(file.toString()) + " has no signature"
                    + (report.unsignedFields().isEmpty()
                            ? "."
                            : "; its signature fields are all awaiting a signatory."));
        }
        for (SignatureCheck check : report.signatures()) {
            if (!check.holds()) {
                err.println("stocktake: the signature in " + TerminalText.escape(check.field()) + " does not hold: "
                        + reason(check));
            }
        }
        err.flush();
        return PdfCommand.SIGNATURE_DOES_NOT_HOLD;
    }

    /**
     * The trust list of the workspace, when the folder holds one; opened for reading only. A workspace that cannot be
     * opened now (another window holds it) is said on standard error, and the PDF is verified without the list.
     */
    private List<X509Certificate> trustList() {
        Path folder = parent.root.dataFolder();
        if (!Files.isRegularFile(folder.resolve(Database.FILE_NAME + Database.FILE_SUFFIX))) {
            return List.of();
        }
        try (AppContext context = parent.root.openForReading()) {
            return context.trustList().certificates();
        } catch (WorkspaceException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("stocktake: the workspace's trust list could not be read, so no chain counts as trusted: "
                    + TerminalText.escape(e.getMessage()));
            err.flush();
            return List.of();
        }
    }

    private static String status(Row row) {
        if (row.check() == null) {
            return "awaiting signature";
        }
        return row.check().holds() ? "holds" : "does not hold";
    }

    private static String integrity(Row row) {
        SignatureCheck check = row.check();
        if (check == null) {
            return null;
        }
        if (check.problem() != null) {
            return "unreadable";
        }
        if (!check.signatureVerifies()) {
            return "signature invalid";
        }
        if (!check.digestMatches()) {
            return "signed bytes changed";
        }
        return check.coversWholeRevision() ? "intact" : "partly signed";
    }

    private static String certificate(Row row) {
        SignatureCheck check = row.check();
        if (check == null) {
            return null;
        }
        return check.certificateStatus();
    }

    /** The first thing wrong, in the order a reader would want to know it. */
    static String reason(SignatureCheck check) {
        if (check.problem() != null) {
            return check.problem();
        }
        if (!check.digestMatches()) {
            return "the document was changed after it was signed (the signed bytes differ).";
        }
        if (!check.signatureVerifies()) {
            return "the signature was not made by the key of the certificate it carries.";
        }
        if (!check.coversWholeRevision()) {
            return "it signs only part of its revision of the file.";
        }
        if (check.changesAfter() == ChangesAfter.OTHER_CHANGES) {
            return "the document was changed by a later revision, after it was signed.";
        }
        if (check.revocation() == Revocation.REVOKED) {
            return "the certificate was " + check.certificateStatus() + ".";
        }
        return "the certificate was " + check.certificateValidity().label() + " at the signing time.";
    }
}
