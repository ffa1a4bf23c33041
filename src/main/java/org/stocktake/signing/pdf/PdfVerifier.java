package org.stocktake.signing.pdf;

import java.io.IOException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.stocktake.shared.ValidationException;

/**
 * Checks the signatures of a PDF, ours or received ({@code ETSI.CAdES.detached}, {@code adbe.pkcs7.detached} and
 * {@code adbe.pkcs7.sha1}): integrity, what changed after each, and the certificate at the signing time. It checks no
 * chain of trust: nobody is vouched for, and every report says so.
 */
public final class PdfVerifier {

    /**
     * @param name how the user knows the file, for messages
     * @throws ValidationException if the bytes are not a readable PDF
     */
    public VerificationReport verify(byte[] pdf, String name) {
        try (PDDocument document = PdfFiles.load(pdf, name)) {
            Revisions revisions = new Revisions(pdf, document);
            List<SignatureCheck> checks = new ArrayList<>();
            List<String> unsigned = new ArrayList<>();
            List<PDSignatureField> fields = new ArrayList<>(SignatureFields.all(document));
            fields.sort(Comparator.comparingLong(PdfVerifier::signedEnd));
            for (PDSignatureField field : fields) {
                if (!SignatureFields.isSigned(field)) {
                    unsigned.add(field.getFullyQualifiedName());
                } else {
                    checks.add(check(field, pdf, revisions));
                }
            }
            return new VerificationReport(checks, unsigned);
        } catch (IOException e) {
            throw new ValidationException(name + " is damaged or cut short; it cannot be read as a PDF.");
        }
    }

    private static SignatureCheck check(PDSignatureField field, byte[] pdf, Revisions revisions) throws IOException {
        String name = field.getFullyQualifiedName();
        PDSignature signature = field.getSignature();
        if (signature == null) {
            return broken(name, null, "Its signature value is not a signature dictionary.");
        }
        String subFilter = signature.getSubFilter();
        int[] range = signature.getByteRange();
        if (!wellFormed(range, pdf)) {
            return broken(name, subFilter, "Its byte range does not fit the file, so what it signs cannot be told.");
        }
        byte[] signed = signed(pdf, range);
        byte[] contents = signature.getContents();
        CmsCheck.Facts facts = CmsCheck.check(
                contents == null ? new byte[0] : contents,
                signed,
                PDSignature.SUBFILTER_ADBE_PKCS7_SHA1.getName().equals(subFilter));
        int end = range[2] + range[3];
        Instant time = facts.timestampTime() != null
                ? facts.timestampTime()
                : signature.getSignDate() != null ? signature.getSignDate().toInstant() : facts.signingTimeAttribute();
        X509Certificate certificate = facts.certificate();
        return new SignatureCheck(
                name,
                certificate == null ? null : Certificates.holderName(certificate),
                time,
                subFilter,
                facts.digestMatches(),
                facts.signatureVerifies(),
                revisions.endsARevision(end),
                revisions.after(end),
                validity(certificate, time),
                certificate != null && Certificates.isSelfSigned(certificate),
                facts.timestampTime() != null,
                facts.problem());
    }

    private static SignatureCheck broken(String field, String subFilter, String problem) {
        return new SignatureCheck(
                field,
                null,
                null,
                subFilter,
                false,
                false,
                false,
                ChangesAfter.OTHER_CHANGES,
                CertificateValidity.UNKNOWN,
                false,
                false,
                problem);
    }

    /** Four numbers, from the start of the file, leaving a gap that holds exactly the hexadecimal /Contents. */
    private static boolean wellFormed(int[] range, byte[] pdf) {
        if (range == null || range.length != 4) {
            return false;
        }
        long end = (long) range[2] + range[3];
        return range[0] == 0
                && range[1] > 0
                && range[2] > range[1]
                && range[3] >= 0
                && end <= pdf.length
                && pdf[range[1]] == '<'
                && pdf[range[2] - 1] == '>';
    }

    private static byte[] signed(byte[] pdf, int[] range) {
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);
        return signed;
    }

    private static CertificateValidity validity(X509Certificate certificate, Instant time) {
        if (certificate == null || time == null) {
            return CertificateValidity.UNKNOWN;
        }
        try {
            certificate.checkValidity(Date.from(time));
            return CertificateValidity.VALID;
        } catch (CertificateExpiredException e) {
            return CertificateValidity.EXPIRED;
        } catch (CertificateNotYetValidException e) {
            return CertificateValidity.NOT_YET_VALID;
        }
    }

    /** Signatures in the order they were made: the one covering less of the file came first. */
    private static long signedEnd(PDSignatureField field) {
        PDSignature signature = field.getSignature();
        int[] range = signature == null ? null : signature.getByteRange();
        return range == null || range.length != 4 ? Long.MAX_VALUE : (long) range[2] + range[3];
    }
}
