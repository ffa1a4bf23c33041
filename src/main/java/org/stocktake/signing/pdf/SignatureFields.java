package org.stocktake.signing.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.stocktake.shared.ValidationException;

/** The signature fields of a document: which to sign, where a new one goes, and what it is called. */
final class SignatureFields {

    private static final float WIDTH = 210;
    private static final float HEIGHT = 72;
    private static final float MARGIN = 56;

    private final PDDocument document;

    SignatureFields(PDDocument document) {
        this.document = document;
    }

    /** All signature fields, signed or not, in the form's order. */
    static List<PDSignatureField> all(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        List<PDSignatureField> fields = new ArrayList<>();
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDSignatureField signature) {
                    fields.add(signature);
                }
            }
        }
        return fields;
    }

    static boolean isSigned(PDSignatureField field) {
        return field.getCOSObject().getDictionaryObject(COSName.V) != null;
    }

    /**
     * The field to sign: the one named, else the first unsigned one; null when none is named and none is empty.
     *
     * @throws ValidationException if the named field does not exist or is signed already
     */
    PDSignatureField toSign(String name, String file) {
        List<PDSignatureField> fields = all(document);
        List<String> empty = fields.stream()
                .filter(field -> !isSigned(field) && !field.getWidgets().isEmpty())
                .map(PDField::getFullyQualifiedName)
                .toList();
        if (name == null) {
            return fields.stream()
                    .filter(field -> !isSigned(field) && !field.getWidgets().isEmpty())
                    .findFirst()
                    .orElse(null);
        }
        for (PDSignatureField field : fields) {
            if (name.equals(field.getFullyQualifiedName())) {
                if (isSigned(field)) {
                    throw new ValidationException("The field " + name + " in " + file + " is signed already"
                            + (empty.isEmpty()
                                    ? "."
                                    : "; its empty signature fields are " + String.join(", ", empty) + "."));
                }
                if (field.getWidgets().isEmpty()) {
                    throw new ValidationException(
                            "The field " + name + " in " + file + " has no place on a page to sign.");
                }
                return field;
            }
        }
        throw new ValidationException(file + " has no signature field named " + name
                + (empty.isEmpty()
                        ? "; leave out --field to add a new one."
                        : "; its empty signature fields are " + String.join(", ", empty) + "."));
    }

    /** The field PDFBox made for {@code signature}. */
    PDSignatureField signedWith(PDSignature signature) {
        for (PDSignatureField field : all(document)) {
            if (field.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                return field;
            }
        }
        throw new IllegalStateException("The signature was added without a field");
    }

    /** A name no field has yet: signature-1, signature-2, ... */
    String newName() {
        Set<String> taken = new HashSet<>();
        all(document).forEach(field -> taken.add(field.getFullyQualifiedName()));
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            form.getFieldTree().forEach(field -> taken.add(field.getFullyQualifiedName()));
        }
        int number = 1;
        while (taken.contains("signature-" + number)) {
            number++;
        }
        return "signature-" + number;
    }

    /** The page a widget is on: its own {@code /P}, else the page whose annotations hold it. */
    PDPage pageOf(PDAnnotationWidget widget) throws IOException {
        if (widget.getPage() != null) {
            return widget.getPage();
        }
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation.getCOSObject() == widget.getCOSObject()) {
                    return page;
                }
            }
        }
        return null;
    }

    /** Where a new signature goes: above the bottom margin at the left of the page. */
    static PDRectangle footOf(PDPage page) {
        PDRectangle media = page.getCropBox();
        return new PDRectangle(media.getLowerLeftX() + MARGIN, media.getLowerLeftY() + MARGIN / 2, WIDTH, HEIGHT);
    }
}
