package org.stocktake.letters.typeset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * An empty signature field over each space left for a signature, for the signer to fill one after another. Each
 * widget is printable and carries an empty appearance, as PDF/A asks of every annotation.
 */
final class SignatureFields {
    private SignatureFields() {}

    static void add(PDDocument document, List<PageWriter.Spot> spots) throws IOException {
        if (spots.isEmpty()) {
            return;
        }
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        List<PDField> fields = new ArrayList<>();
        for (PageWriter.Spot spot : spots) {
            PDPage page = document.getPage(spot.pageIndex());
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(spot.fieldName());
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(spot.rect());
            widget.setPage(page);
            widget.setPrinted(true);
            widget.setAppearance(emptyAppearance(document, spot.rect()));
            page.getAnnotations().add(widget);
            fields.add(field);
        }
        form.setFields(fields);
    }

    private static PDAppearanceDictionary emptyAppearance(PDDocument document, PDRectangle rect) {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        form.setResources(new PDResources());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(new PDAppearanceStream(form.getCOSObject()));
        return appearance;
    }
}
