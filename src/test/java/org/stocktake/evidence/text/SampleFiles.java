package org.stocktake.evidence.text;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Properties;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Small files of each kind, made on the spot so the tests carry no binary fixtures. */
public final class SampleFiles {

    private SampleFiles() {}

    /** A PDF with one page per text (lines split on \n), with a title, author, subject and creation day. */
    public static byte[] pdf(String... pages) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = liberationSans(document);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(font, 12);
                    stream.setLeading(16);
                    stream.newLineAtOffset(72, 760);
                    for (String line : text.split("\n")) {
                        stream.showText(line);
                        stream.newLine();
                    }
                    stream.endText();
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Progress report");
            info.setAuthor("Jane Chair");
            info.setSubject("Quarterly progress");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Europe/London"));
            created.clear();
            created.set(2015, Calendar.MARCH, 10, 12, 0, 0);
            info.setCreationDate(created);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF of {@code text} in a standard font, not embedded: a small file, quick to make and to read. */
    public static byte[] plainPdf(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 760);
                stream.showText(text);
                stream.endText();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pdf} whose page {@code page} uses a composite font that lacks the font it is made of. */
    public static byte[] withDamagedFont(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary fonts = document.getPage(page - 1)
                    .getCOSObject()
                    .getCOSDictionary(COSName.RESOURCES)
                    .getCOSDictionary(COSName.FONT);
            COSDictionary broken = new COSDictionary();
            broken.setItem(COSName.TYPE, COSName.FONT);
            broken.setItem(COSName.SUBTYPE, COSName.TYPE0);
            broken.setName(COSName.BASE_FONT, "LiberationSans");
            for (COSName name : fonts.keySet()) {
                fonts.setItem(name, broken);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code pdf} with page {@code page}'s content stream replaced by bytes that do not inflate. */
    public static byte[] withDamagedContent(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage damaged = document.getPage(page - 1);
            COSStream garbage = document.getDocument().createCOSStream();
            byte[] noise = new byte[600];
            new Random(page).nextBytes(noise);
            try (OutputStream raw = garbage.createRawOutputStream()) {
                raw.write(noise);
            }
            garbage.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            damaged.getCOSObject().setItem(COSName.CONTENTS, garbage);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF whose only page is a picture of {@code words}, as a scanner makes. */
    public static byte[] scannedPdf(String words) {
        try (PDDocument document = new PDDocument()) {
            BufferedImage picture = picture(words);
            // The page is the picture's size at 300 dpi, so rendering it back gives the same pixels.
            PDPage page = new PDPage(new PDRectangle(picture.getWidth() * 72f / 300, picture.getHeight() * 72f / 300));
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.drawImage(
                        image,
                        0,
                        0,
                        page.getMediaBox().getWidth(),
                        page.getMediaBox().getHeight());
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF encrypted with {@code ownerPassword} and {@code userPassword} (empty: opens without one). */
    static byte[] encryptedPdf(String ownerPassword, String userPassword) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(liberationSans(document), 12);
                stream.newLineAtOffset(72, 760);
                stream.showText("Confidential minutes of the panel");
                stream.endText();
            }
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font liberationSans(PDDocument document) throws IOException {
        try (InputStream font =
                PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(document, font);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** A Word document of paragraphs, with a title, author and creation day in its core properties. */
    public static byte[] docx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            var core = document.getProperties().getCoreProperties();
            core.setTitle("Improvement plan");
            core.setCreator("Mark Rogers");
            core.setCreated("2015-04-01T12:00:00Z");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Word document of one paragraph per page, each page after the first starting at an explicit page break. */
    public static byte[] docxWithPageBreaks(String... pages) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (int i = 0; i < pages.length; i++) {
                XWPFRun run = document.createParagraph().createRun();
                run.setText(pages[i]);
                if (i + 1 < pages.length) {
                    run.addBreak(BreakType.PAGE);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text whose body is {@code bodyXml} (inside office:text), with a title and author. */
    public static byte[] odt(String bodyXml) {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text>" + bodyXml + "</office:text></office:body></office:document-content>";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta>"
                + "<dc:title>Minutes</dc:title><meta:initial-creator>Ann Secretary</meta:initial-creator>"
                + "<dc:creator>Someone Later</dc:creator>"
                + "<meta:creation-date>2016-01-20T09:30:00.123</meta:creation-date>"
                + "</office:meta></office:document-meta>";
        return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content, "meta.xml", meta);
    }

    /** A zip of name and text pairs, in order. */
    static byte[] zip(String... namesAndTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The zip {@code zip} with the entry {@code name} holding {@code text} instead. */
    static byte[] replaceInZip(byte[] zip, String name, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(entry.getName().equals(name) ? text.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                copy.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * An email with a plain and an HTML version of its body, an attached PDF with an encoded name, and a subject
     * with a non-ASCII character (so it travels as an encoded word).
     */
    public static byte[] email(byte[] attachment) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress("chair@panel.example", "Jane Chair"));
            message.setRecipients(Message.RecipientType.TO, new InternetAddress[] {
                new InternetAddress("ceo@council.example", "Chief Executive"),
                new InternetAddress("leader@council.example")
            });
            message.setSubject("Panel’s letter — March", "UTF-8");
            message.setSentDate(Date.from(java.time.Instant.parse("2015-03-10T12:00:00Z")));

            MimeBodyPart plain = new MimeBodyPart();
            plain.setText("Dear colleagues,\nthe plain version of the letter.", "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent("<p>Dear colleagues,</p><p>the <b>HTML</b> version.</p>", "text/html; charset=UTF-8");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(html);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);

            MimeBodyPart attached = new MimeBodyPart();
            attached.setContent(attachment, "application/pdf");
            attached.setDisposition(MimeBodyPart.ATTACHMENT);
            attached.setFileName(MimeUtility.encodeText("Réponse du conseil.pdf", "UTF-8", "B"));

            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(attached);
            message.setContent(mixed);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG of black words on white, large enough for recognition to read. */
    public static byte[] png(String words) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture(words), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TIFF with one page per text, as a scanner's multi-page file. */
    static byte[] tiff(String... pages) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.prepareWriteSequence(null);
                for (String words : pages) {
                    writer.writeToSequence(new IIOImage(picture(words), null, null), null);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage picture(String words) {
        BufferedImage image = new BufferedImage(900, 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
        g.drawString(words, 40, 100);
        g.dispose();
        return image;
    }
}
