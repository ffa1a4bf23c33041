package org.stocktake.letters.typeset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes the file PDF/A-2b besides its embedded fonts: the document information and the same facts in XMP with
 * the PDF/A identification, the sRGB output intent, and a document id derived from the content, so the same letter
 * typeset twice gives the same bytes.
 */
final class PdfaMetadata {
    static final String PRODUCER = "Stocktake letter typesetter";

    private PdfaMetadata() {}

    static void apply(PDDocument document, PdfDetails details) throws IOException {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(details.created().toEpochMilli());

        PDDocumentInformation info = document.getDocumentInformation();
        // A blank part is left out of both, so that the information and the XMP always agree.
        info.setTitle(orNull(details.title()));
        info.setAuthor(orNull(details.author()));
        info.setSubject(orNull(details.subject()));
        info.setCreator(details.creator());
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        if (!details.title().isBlank()) {
            dc.setTitle(details.title());
        }
        if (!details.author().isBlank()) {
            dc.addCreator(details.author());
        }
        if (!details.subject().isBlank()) {
            dc.setDescription(details.subject());
        }
        dc.setFormat("application/pdf");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(details.creator());
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("The PDF/A identification was refused.", e);
        }
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("The letter's metadata could not be written.", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(Srgb.profile()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
        document.getDocumentCatalog().setLanguage("en-GB");

        byte[] digest = digest(details, serialized.toByteArray());
        COSArray ids = new COSArray();
        ids.add(new COSString(digest));
        ids.add(new COSString(digest));
        document.getDocument().setDocumentID(ids);
    }

    private static String orNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static byte[] digest(PdfDetails details, byte[] xmp) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(xmp);
            md5.update(details.toString().getBytes(StandardCharsets.UTF_8));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no MD5, which every runtime must have.", e);
        }
    }
}
