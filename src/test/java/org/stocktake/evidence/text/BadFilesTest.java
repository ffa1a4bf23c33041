package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.Progress;

/** A file the library cannot read is refused with one sentence that names it, never a stack trace. */
class BadFilesTest {

    private final TextExtractor extractor = new TextExtractor(Ocr.none());

    @TempDir
    Path folder;

    private String refusal(byte[] bytes, String fileName) {
        return refusal(Content.of(bytes), fileName);
    }

    private String refusal(Content content, String fileName) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> extractor.extract(content, fileName, Progress.NONE));
        assertThat(thrown).isInstanceOf(UnreadableFileException.class).isInstanceOf(ValidationException.class);
        assertThat(thrown.getMessage()).doesNotContain("\n").endsWith(".");
        return thrown.getMessage();
    }

    @Test
    void emptyFileIsRefused() {
        assertThat(refusal(new byte[0], "empty.pdf")).isEqualTo("'empty.pdf' is empty.");
    }

    @Test
    void damagedPdfIsRefused() {
        assertThat(refusal("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII), "report.pdf"))
                .isEqualTo("'report.pdf' is damaged and cannot be read as a PDF: save a fresh copy from where it"
                        + " came from and add that.");
    }

    @Test
    void truncatedPdfIsRefusedOrReadAsFarAsItGoes() {
        byte[] whole = SampleFiles.pdf("Some words");
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        try {
            ExtractedText text = extractor.extract(Content.of(half), "cut.pdf", Progress.NONE);
            assertThat(text.type()).isEqualTo(FileType.PDF);
        } catch (UnreadableFileException e) {
            assertThat(e.getMessage()).startsWith("'cut.pdf' is damaged and cannot be read as a PDF");
        }
    }

    @Test
    void pdfWithAUserPasswordIsRefused() {
        assertThat(refusal(SampleFiles.encryptedPdf("owner", "user"), "x.pdf"))
                .isEqualTo("'x.pdf' is protected by a password; remove the password and add it again.");
    }

    @Test
    void plainZipNamedAsAWordDocumentIsRefused() {
        byte[] zip = SampleFiles.zip("notes.txt", "just notes");

        assertThat(refusal(zip, "notes.docx")).startsWith("'notes.docx' is not a Word document;");
        assertThat(refusal(zip, "notes.zip")).startsWith("'notes.zip' is not a kind of file the library takes");
    }

    @Test
    void wordDocumentWhoseXmlIsBrokenIsRefusedAsDamaged() {
        byte[] broken =
                SampleFiles.replaceInZip(SampleFiles.docx("Fine words"), "word/document.xml", "<w:document><unclosed>");

        assertThat(refusal(broken, "plan.docx")).startsWith("'plan.docx' is damaged and cannot be read");
    }

    @Test
    void wordDocumentSavedWithAPasswordIsRefused() {
        byte[] container = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
        };

        assertThat(refusal(container, "plan.docx"))
                .isEqualTo("'plan.docx' is protected by a password; remove the password and add it again.");
        assertThat(refusal(container, "plan.doc")).contains("older Office file");
    }

    @Test
    void openDocumentSavedWithAPasswordIsRefused() {
        byte[] odt = SampleFiles.zip(
                "mimetype",
                "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml",
                "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                        + "</manifest:file-entry></manifest:manifest>",
                "content.xml",
                "\u0001scrambled");

        assertThat(refusal(odt, "minutes.odt"))
                .isEqualTo("'minutes.odt' is protected by a password; remove the password and add it again.");
    }

    @Test
    void pictureThatIsNotAPictureIsRefused() {
        byte[] text = "not really a picture".getBytes(StandardCharsets.US_ASCII);

        assertThat(refusal(text, "photo.png")).startsWith("'photo.png' is not a PNG image;");
        assertThat(refusal(text, "scan.TIFF")).startsWith("'scan.TIFF' is not a TIFF image;");
    }

    @Test
    void pictureIsToldByItsContentNotItsName() {
        assertThat(extractor.detect(Content.of(SampleFiles.png("x")), "photo.jpg"))
                .isEqualTo(FileType.PNG);
    }

    @Test
    void unknownKindIsRefused() {
        byte[] binary = {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x7F};

        assertThat(refusal(binary, "data.bin"))
                .isEqualTo("'data.bin' is not a kind of file the library takes (PDF, Word, OpenDocument text, text,"
                        + " Markdown, email, PNG, JPEG, TIFF).");
        assertThat(refusal(binary, "README")).startsWith("'README' is not a kind of file");
        assertThat(refusal("<html></html>".getBytes(StandardCharsets.US_ASCII), "page.html"))
                .startsWith("'page.html' is not a kind of file");
    }

    @Test
    void oddCharactersInANameStayOnOneLine() {
        assertThat(refusal(new byte[0], "rap\nport <é>\u0000.pdf")).isEqualTo("'rap port <é> .pdf' is empty.");
        assertThat(refusal(new byte[0], null)).isEqualTo("The file is empty.");
        assertThat(refusal(new byte[0], "x".repeat(200))).hasSizeLessThan(100);
    }

    @Test
    void fileThatHasGoneIsRefused() throws IOException {
        Path gone = Files.writeString(folder.resolve("gone.txt"), "words");
        Content content = Content.of(gone);
        Files.delete(gone);

        assertThat(refusal(content, "gone.txt"))
                .isEqualTo("'gone.txt' could not be read to the end: it may have been moved or changed meanwhile;"
                        + " add it again.");
    }

    @Test
    void fileThatFailsHalfWayIsRefused() {
        byte[] pdf = SampleFiles.pdf("Some words");
        Content failing = new Content() {
            @Override
            public InputStream open() {
                return new InputStream() {
                    private int given;

                    @Override
                    public int read() throws IOException {
                        if (given >= 2000) {
                            throw new IOException("the disk went away");
                        }
                        return pdf[given++] & 0xFF;
                    }
                };
            }

            @Override
            public long size() {
                return pdf.length;
            }
        };

        assertThat(refusal(failing, "report.pdf")).startsWith("'report.pdf' could not be read to the end");
    }

    @Test
    void outsideEntitiesInAnOpenDocumentAreNeverRead() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOPSECRET");
        String content = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + "<office:body><office:text><text:p>&leak;</text:p></office:text></office:body>"
                + "</office:document-content>";
        byte[] odt = SampleFiles.zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content);

        assertThat(refusal(odt, "leak.odt")).startsWith("'leak.odt' is damaged and cannot be read");
    }

    @Test
    void openDocumentThatUnpacksToTooMuchIsRefused() {
        byte[] odt = SampleFiles.zip(
                "mimetype",
                "application/vnd.oasis.opendocument.text",
                "content.xml",
                "<a>" + " ".repeat(2_000_000) + "</a>");

        assertThatThrownBy(() -> OdtText.read(Content.of(odt), "bomb.odt", Progress.NONE, 1_000_000))
                .isInstanceOf(BoundedStream.TooLargeException.class);
        assertThat(extractor.extract(Content.of(odt), "fine.odt", Progress.NONE).fullText())
                .isEmpty();
    }
}
