package org.stocktake.app.ui;

import java.io.IOException;
import java.io.InputStream;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.ui.SignatureSummary;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.signing.pdf.Revocation;
import org.stocktake.signing.pdf.SignatureCheck;
import org.stocktake.signing.pdf.Trust;
import org.stocktake.signing.pdf.VerificationReport;
import org.stocktake.signing.service.SigningService;

/** The correspondence register's signatures column: each PDF's signatures verified as it is listed. */
final class LetterSignatures implements SignatureSummary {

    /** A letter larger than this is not read whole just to list it. */
    private static final long MOST_BYTES = 50L * 1024 * 1024;

    private final ContentStore store;
    private final SigningService signing;

    LetterSignatures(ContentStore store, SigningService signing) {
        this.store = store;
        this.signing = signing;
    }

    /** Who vouches for the signers, as verify found it against the trust list. */
    private static String standing(VerificationReport report) {
        if (report.signatures().stream().anyMatch(s -> s.revocation() == Revocation.REVOKED)) {
            return ", revoked";
        }
        if (report.signatures().stream().allMatch(s -> s.trust() == Trust.TRUSTED)) {
            return ", trusted";
        }
        if (report.signatures().stream().allMatch(SignatureCheck::selfSigned)) {
            return ", self-signed";
        }
        return ", not trusted";
    }

    @Override
    public String of(EvidenceItem item) {
        if (!item.pdf() || item.sizeBytes() > MOST_BYTES) {
            return "";
        }
        try (InputStream in = store.open(item.sha256())) {
            VerificationReport report = signing.verify(in.readAllBytes(), item.fileName());
            int total = report.signatures().size();
            if (total == 0) {
                return report.unsignedFields().isEmpty() ? "" : "not signed";
            }
            long failing = report.signatures().stream().filter(s -> !s.holds()).count();
            String summary = failing == 0
                    ? total + (total == 1 ? " holds" : " hold")
                    : failing + " of " + total + (failing == 1 ? " fails" : " fail");
            return summary
                    + standing(report)
                    + (report.unsignedFields().isEmpty()
                            ? ""
                            : ", " + report.unsignedFields().size() + " awaited");
        } catch (IOException | RuntimeException e) {
            return "cannot be read";
        }
    }
}
