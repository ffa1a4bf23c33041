package org.stocktake.signing.pdf;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.stocktake.shared.ValidationException;

/**
 * Checks the signatures of a PDF, ours or received ({@code ETSI.CAdES.detached}, {@code adbe.pkcs7.detached} and
 * {@code adbe.pkcs7.sha1}): integrity, what changed after each, and the signer's certificate: its chain, built offline
 * from the certificates the signature and the PDF's document security store carry and those on the trust list given;
 * whether each was in force at the signing time; and revocation, from the CRLs and OCSP answers carried in the PDF.
 * Nothing is fetched.
 */
public final class PdfVerifier {

    /** As {@link #verify(byte[], String, List)} with an empty trust list: no chain is trusted. */
    public VerificationReport verify(byte[] pdf, String name) {
        return verify(pdf, name, List.of());
    }

    /**
     * @param name how the user knows the file, for messages
     * @param trusted the certificates (roots or intermediates) whose chains count as trusted
     * @throws ValidationException if the bytes are not a readable PDF
     */
    public VerificationReport verify(byte[] pdf, String name, List<X509Certificate> trusted) {
        try (PDDocument document = PdfFiles.load(pdf, name)) {
            Revisions revisions = new Revisions(pdf, document);
            ValidationData stored = DocumentSecurityStore.read(document);
            List<SignatureCheck> checks = new ArrayList<>();
            List<String> unsigned = new ArrayList<>();
            List<PDSignatureField> fields = new ArrayList<>(SignatureFields.all(document));
            fields.sort(Comparator.comparingLong(PdfVerifier::signedEnd));
            for (PDSignatureField field : fields) {
                if (!SignatureFields.isSigned(field)) {
                    unsigned.add(field.getFullyQualifiedName());
                } else {
                    checks.add(check(field, pdf, revisions, stored, trusted));
                }
            }
            return new VerificationReport(checks, unsigned);
        } catch (IOException e) {
            throw new ValidationException(name + " is damaged or cut short; it cannot be read as a PDF.");
        }
    }

    private static SignatureCheck check(
            PDSignatureField field,
            byte[] pdf,
            Revisions revisions,
            ValidationData stored,
            List<X509Certificate> trusted)
            throws IOException {
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
        ValidationData data = facts.carried().plus(stored);
        ChainJudgement chain = certificate == null
                ? ChainJudgement.NONE
                : ChainJudgement.of(
                        certificate, data.certificates(), trusted, data, time, facts.timestampTime() != null);
        return new SignatureCheck(
                name,
                certificate == null ? null : Certificates.holderName(certificate),
                time,
                subFilter,
                facts.digestMatches(),
                facts.signatureVerifies(),
                revisions.endsARevision(end),
                revisions.after(end),
                chain.validity(),
                certificate != null && Certificates.isSelfSigned(certificate),
                facts.timestampTime() != null,
                facts.problem(),
                chain.trust(),
                chain.root(),
                chain.complete(),
                chain.revocation(),
                chain.revokedAt(),
                chain.revocationSource());
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
                problem,
                Trust.UNKNOWN,
                null,
                false,
                Revocation.NOT_CHECKED,
                null,
                null);
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

    /** Signatures in the order they were made: the one covering less of the file came first. */
    private static long signedEnd(PDSignatureField field) {
        PDSignature signature = field.getSignature();
        int[] range = signature == null ? null : signature.getByteRange();
        return range == null || range.length != 4 ? Long.MAX_VALUE : (long) range[2] + range[3];
    }
}
