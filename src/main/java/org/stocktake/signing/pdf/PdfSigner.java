package org.stocktake.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.stocktake.shared.ValidationException;

/**
 * Signs a PDF by incremental update, so whatever was signed before stays signed: PAdES baseline B (SubFilter
 * {@code ETSI.CAdES.detached}, SHA-256), into an empty signature field or, when there is none, a new one at the foot of
 * the last page. No DocMDP lock is set, so further signatories can sign in turn.
 */
public final class PdfSigner {

    /** Room for the CMS: the certificates of a chain, and a time-stamp token with its own. */
    private static final int SIGNATURE_ROOM = 16_384;

    private static final int ROOM_WITH_TIMESTAMP = 32_768;

    /**
     * Signs {@code pdf} and writes the whole signed PDF (the original bytes followed by the update) to {@code out}.
     * An unreachable time-stamp authority does not stop the signature: the outcome says what happened.
     *
     * @param name how the user knows the file, for messages
     * @throws ValidationException if the bytes are not a readable PDF, the named field does not exist or is signed
     *     already, the picture is not an image, or the key cannot sign
     * @throws IOException if {@code out} cannot be written
     */
    public SigningOutcome sign(byte[] pdf, String name, SignatureRequest request, OutputStream out) throws IOException {
        try (PDDocument document = PdfFiles.load(pdf, name);
                SignatureOptions options = new SignatureOptions()) {
            if (document.isEncrypted()) {
                throw new ValidationException(name + " is encrypted; Stocktake signs only unencrypted PDFs.");
            }
            SignatureFields fields = new SignatureFields(document);
            PDSignatureField field = fields.toSign(request.field(), name);
            boolean added = field == null;
            PDSignature signature = signature(request);
            PDRectangle box;
            PDPage page;
            if (added) {
                page = document.getPage(document.getNumberOfPages() - 1);
                box = SignatureFields.footOf(page);
                options.setPage(document.getNumberOfPages() - 1);
            } else {
                PDAnnotationWidget widget = field.getWidgets().get(0);
                page = fields.pageOf(widget);
                box = widget.getRectangle();
                field.getCOSObject().setItem(COSName.V, signature);
            }
            options.setPreferredSignatureSize(
                    request.timestampAuthority() == null ? SIGNATURE_ROOM : ROOM_WITH_TIMESTAMP);
            CadesSignature cades = new CadesSignature(
                    request.key(),
                    request.chain(),
                    request.timestampAuthority() == null ? null : new TimestampAuthority(request.timestampAuthority()));
            checkKey(request);
            document.addSignature(signature, cades, options);
            if (added) {
                field = fields.signedWith(signature);
                field.setPartialName(fields.newName());
            }
            show(document, field, page, box, request);
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + SIGNATURE_ROOM * 3);
            document.saveIncremental(signed);
            out.write(withValidationData(signed.toByteArray(), name, request));
            return new SigningOutcome(
                    field.getFullyQualifiedName(), added, cades.timestamped(), cades.timestampProblem());
        }
    }

    /**
     * The signed file with the chain's certificates and the signer's CRLs added to its document security store, by an
     * incremental update of its own after the signature: a verifier years on, offline, finds them in the file.
     */
    private static byte[] withValidationData(byte[] signed, String name, SignatureRequest request) throws IOException {
        try (PDDocument document = PdfFiles.load(signed, name)) {
            boolean added =
                    DocumentSecurityStore.add(document, new ValidationData(request.chain(), request.crls(), List.of()));
            if (!added) {
                return signed;
            }
            // PDFBox writes the whole file: the signed bytes as they were, then the update.
            ByteArrayOutputStream out = new ByteArrayOutputStream(signed.length + 16_384);
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static PDSignature signature(SignatureRequest request) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setName(Certificates.holderName(request.certificate()));
        if (request.reason() != null) {
            signature.setReason(request.reason());
        }
        signature.setSignDate(calendar(request.time()));
        return signature;
    }

    /** PDFBox empties the widget of a field it signs; the field's own place and our appearance go back in. */
    private static void show(
            PDDocument document, PDSignatureField field, PDPage page, PDRectangle box, SignatureRequest request)
            throws IOException {
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(box);
        widget.setPrinted(true);
        if (page != null) {
            widget.setPage(page);
            page.getCOSObject().setNeedToBeUpdated(true);
        }
        if (box != null && box.getWidth() > 0 && box.getHeight() > 0) {
            widget.setAppearance(SignatureAppearance.draw(
                    document,
                    box,
                    Certificates.holderName(request.certificate()),
                    request.time(),
                    Certificates.isSelfSigned(request.certificate()),
                    request.image()));
        }
        widget.getCOSObject().setNeedToBeUpdated(true);
        field.getCOSObject().setNeedToBeUpdated(true);
    }

    /** A key the signature algorithm cannot use would otherwise fail half-way through writing the file. */
    private static void checkKey(SignatureRequest request) {
        try {
            CadesSignature.signatureAlgorithm(request.key());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    private static Calendar calendar(Instant time) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(time.toEpochMilli());
        return calendar;
    }
}
