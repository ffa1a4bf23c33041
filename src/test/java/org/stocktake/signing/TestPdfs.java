package org.stocktake.signing;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * PDF/A-2b letters made for the tests, as the typesetter makes them: an embedded Liberation Sans, XMP that agrees with
 * the document information, the sRGB output intent, and an empty signature field for each signatory on the last page.
 */
public final class TestPdfs {

    private static final Calendar CREATED = new GregorianCalendar(2026, Calendar.JANUARY, 29, 10, 15, 0);

    static {
        CREATED.setTimeZone(TimeZone.getTimeZone("UTC"));
    }

    private TestPdfs() {}

    /** A one-page letter with empty fields signatory-1 and signatory-2, saved and ready to sign. */
    public static byte[] letterForTwo() {
        return letter(1, 2);
    }

    /** A letter of {@code pages} pages with {@code signatories} empty signature fields on the last. */
    public static byte[] letter(int pages, int signatories) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = font(document);
            for (int number = 1; number <= pages; number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(72, 770);
                    content.showText("Birmingham Independent Improvement Panel, page " + number);
                    content.newLineAtOffset(0, -16);
                    content.showText("Dear Secretary of State, the panel reports on the council's progress.");
                    content.endText();
                }
            }
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDPage last = document.getPage(pages - 1);
            for (int number = 1; number <= signatories; number++) {
                PDSignatureField field = new PDSignatureField(form);
                field.setPartialName("signatory-" + number);
                PDAnnotationWidget widget = field.getWidgets().get(0);
                PDRectangle box = new PDRectangle(72 + (number - 1) * 240, 420, 210, 72);
                widget.setRectangle(box);
                widget.setPage(last);
                widget.setPrinted(true);
                PDAppearanceStream empty = new PDAppearanceStream(document);
                empty.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
                PDAppearanceDictionary appearance = new PDAppearanceDictionary();
                appearance.setNormalAppearance(empty);
                widget.setAppearance(appearance);
                last.getAnnotations().add(widget);
                form.getFields().add(field);
            }
            identify(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A letter loaded from its bytes, as signing needs (an incremental update refuses a document built in memory). */
    public static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    private static PDType0Font font(PDDocument document) throws IOException {
        try (InputStream in = TestPdfs.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(document, in, true);
        }
    }

    private static void identify(PDDocument document) throws IOException {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle("Progress letter");
        information.setCreator("Stocktake tests");
        information.setProducer("Stocktake tests");
        information.setCreationDate(CREATED);
        information.setModificationDate(CREATED);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
            dublinCore.setTitle("Progress letter");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool("Stocktake tests");
            basic.setCreateDate(CREATED);
            basic.setModifyDate(CREATED);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer("Stocktake tests");
            PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
            identification.setPart(2);
            identification.setConformance("B");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, bytes, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(bytes.toByteArray());
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setMetadata(metadata);
        } catch (TransformerException | org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException(e);
        }
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    /** The size of the picture drawn in each signed signature field's appearance, "WIDTHxHEIGHT", or "none". */
    public static java.util.Map<String, String> signaturePictures(byte[] pdf) throws IOException {
        java.util.Map<String, String> sizes = new java.util.TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            for (org.apache.pdfbox.pdmodel.interactive.form.PDField field : form.getFieldTree()) {
                if (!(field instanceof PDSignatureField signature) || signature.getSignature() == null) {
                    continue;
                }
                String size = "none";
                PDAppearanceStream stream = signature
                        .getWidgets()
                        .get(0)
                        .getAppearance()
                        .getNormalAppearance()
                        .getAppearanceStream();
                for (org.apache.pdfbox.cos.COSName name : stream.getResources().getXObjectNames()) {
                    if (stream.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        size = image.getWidth() + "x" + image.getHeight();
                    }
                }
                sizes.put(field.getFullyQualifiedName(), size);
            }
        }
        return sizes;
    }
}
