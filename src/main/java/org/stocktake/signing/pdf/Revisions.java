package org.stocktake.signing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The revisions of a file that was updated incrementally: where the one a signature covers ends, and what the later
 * ones changed. Later revisions that leave the pages, their annotations and the form's other fields as they were, and
 * add signatures, are a signatory signing in turn; those that add only validation data to the document security store
 * are long-term validation; anything else is a change to what was signed.
 */
final class Revisions {

    private final byte[] file;
    private final PDDocument whole;

    Revisions(byte[] file, PDDocument whole) {
        this.file = file;
        this.whole = whole;
    }

    /** The signed bytes end exactly at the end of a revision: its {@code %%EOF} and line end. */
    boolean endsARevision(int end) {
        int from = Math.max(0, end - 8);
        String tail = new String(file, from, end - from, StandardCharsets.ISO_8859_1).stripTrailing();
        return tail.endsWith("%%EOF");
    }

    ChangesAfter after(int end) {
        if (new String(file, end, file.length - end, StandardCharsets.ISO_8859_1).isBlank()) {
            return ChangesAfter.NONE;
        }
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(file, end))) {
            if (!fingerprint(signed).equals(fingerprint(whole))) {
                return ChangesAfter.OTHER_CHANGES;
            }
            if (signedFields(whole) > signedFields(signed)) {
                return ChangesAfter.SIGNATURES_ADDED;
            }
            return DocumentSecurityStore.size(whole) > DocumentSecurityStore.size(signed)
                    ? ChangesAfter.VALIDATION_DATA_ADDED
                    : ChangesAfter.OTHER_CHANGES;
        } catch (IOException | RuntimeException e) {
            return ChangesAfter.OTHER_CHANGES;
        }
    }

    /** What a reader sees, apart from signatures: each page's content and annotations, and the other form fields. */
    private static List<String> fingerprint(PDDocument document) throws IOException {
        List<String> parts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            parts.add("page " + page.getMediaBox() + " " + page.getRotation() + " " + digest(page));
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!isSignatureWidget(annotation)) {
                    parts.add("annotation " + annotation.getSubtype() + " " + annotation.getRectangle() + " "
                            + annotation.getContents());
                }
            }
        }
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (!(field instanceof PDSignatureField)) {
                    parts.add("field " + field.getFullyQualifiedName() + "=" + field.getValueAsString());
                }
            }
        }
        return parts;
    }

    private static boolean isSignatureWidget(PDAnnotation annotation) {
        if (!(annotation instanceof PDAnnotationWidget widget)) {
            return false;
        }
        COSDictionary dictionary = widget.getCOSObject();
        String type = dictionary.getNameAsString(COSName.FT);
        COSDictionary parent = dictionary.getCOSDictionary(COSName.PARENT);
        if (type == null && parent != null) {
            type = parent.getNameAsString(COSName.FT);
        }
        return "Sig".equals(type);
    }

    private static String digest(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (in != null) {
                digest.update(in.readAllBytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static long signedFields(PDDocument document) {
        return SignatureFields.all(document).stream()
                .filter(SignatureFields::isSigned)
                .count();
    }
}
