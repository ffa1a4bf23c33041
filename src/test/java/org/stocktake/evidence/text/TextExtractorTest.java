package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.task.Progress;

/** Each kind of file gives its text page by page and what it says about itself. */
class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor(Ocr.none());

    @Test
    void pdfTextComesPageByPageWithItsDocumentInformation() {
        List<String> updates = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(done + "/" + total);
            }

            @Override
            public void message(String message) {}
        };

        ExtractedText text = extractor.extract(
                Content.of(SampleFiles.pdf("First page\nsecond line", "Page two words")), "report.pdf", progress);

        assertThat(text.type()).isEqualTo(FileType.PDF);
        assertThat(text.pages()).containsExactly("First page\nsecond line", "Page two words");
        assertThat(text.fullText()).isEqualTo("First page\nsecond line\n\nPage two words");
        assertThat(text.pageCount()).isEqualTo(2);
        assertThat(text.awaitingOcr()).isFalse();
        assertThat(text.facts())
                .isEqualTo(new FileFacts(
                        "Progress report", "Jane Chair", null, null, "Quarterly progress", LocalDate.of(2015, 3, 10)));
        assertThat(updates).containsExactly("1/2", "2/2");
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsReadAsAnyReaderWould() {
        ExtractedText text = extractor.extract(
                Content.of(SampleFiles.encryptedPdf("owner secret", "")), "minutes.pdf", Progress.NONE);

        assertThat(text.fullText()).isEqualTo("Confidential minutes of the panel");
    }

    @Test
    void scannedPdfPageWaitsForRecognitionWhenThereIsNone() {
        ExtractedText text =
                extractor.extract(Content.of(SampleFiles.scannedPdf("Scanned words")), "scan.pdf", Progress.NONE);

        assertThat(text.pages()).containsExactly("");
        assertThat(text.awaitingOcr()).isTrue();
    }

    @Test
    void pictureWaitsForRecognitionWhenThereIsNone() {
        ExtractedText text = extractor.extract(Content.of(SampleFiles.png("Hello")), "photo.png", Progress.NONE);

        assertThat(text.type()).isEqualTo(FileType.PNG);
        assertThat(text.pages()).containsExactly("");
        assertThat(text.awaitingOcr()).isTrue();
    }

    @Test
    void wordDocumentIsOnePageWithItsCoreProperties() {
        ExtractedText text = extractor.extract(
                Content.of(SampleFiles.docx("The council will publish a plan.", "By the end of March.")),
                "plan.docx",
                Progress.NONE);

        assertThat(text.type()).isEqualTo(FileType.DOCX);
        assertThat(text.pages()).containsExactly("The council will publish a plan.\nBy the end of March.");
        assertThat(text.facts().title()).isEqualTo("Improvement plan");
        assertThat(text.facts().author()).isEqualTo("Mark Rogers");
        assertThat(text.facts().date()).isEqualTo(LocalDate.of(2015, 4, 1));
    }

    @Test
    void openDocumentTextKeepsSpacesTabsLinesAndItsLaidOutPages() {
        String body = "<text:h>Minutes</text:h>"
                + "<text:p>Item<text:s text:c=\"3\"/>one<text:tab/>agreed<text:line-break/>next line</text:p>"
                + "<text:tracked-changes><text:changed-region><text:deletion><text:p>deleted words</text:p>"
                + "</text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:p>Item two <text:span>in a span</text:span></text:p>"
                + "<text:soft-page-break/>"
                + "<text:p>Second page</text:p>";

        ExtractedText text = extractor.extract(Content.of(SampleFiles.odt(body)), "minutes.odt", Progress.NONE);

        assertThat(text.type()).isEqualTo(FileType.ODT);
        assertThat(text.pages())
                .containsExactly("Minutes\nItem   one\tagreed\nnext line\nItem two in a span", "Second page");
        assertThat(text.facts())
                .isEqualTo(new FileFacts("Minutes", "Ann Secretary", null, null, null, LocalDate.of(2016, 1, 20)));
    }

    @Test
    void utf8TextDropsItsByteOrderMarkAndSplitsPagesOnFormFeeds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] words = "Café notes\r\n\fpage two\f".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + words.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(words, 0, bytes, bom.length, words.length);

        ExtractedText text = extractor.extract(Content.of(bytes), "notes.txt", Progress.NONE);

        assertThat(text.type()).isEqualTo(FileType.TEXT);
        assertThat(text.pages()).containsExactly("Café notes", "page two");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindowsWestern() {
        byte[] bytes = "£5 for the café – “agreed”".getBytes(Charset.forName("windows-1252"));

        ExtractedText text = extractor.extract(Content.of(bytes), "old notes.txt", Progress.NONE);

        assertThat(text.fullText()).isEqualTo("£5 for the café – “agreed”");
    }

    @Test
    void markdownIsToldFromTextByItsExtension() {
        byte[] bytes = "# Actions\n\n- publish the plan".getBytes(StandardCharsets.UTF_8);

        assertThat(extractor
                        .extract(Content.of(bytes), "actions.md", Progress.NONE)
                        .type())
                .isEqualTo(FileType.MARKDOWN);
        assertThat(extractor.detect(Content.of(bytes), "actions.txt")).isEqualTo(FileType.TEXT);
        assertThat(extractor.detect(Content.of(bytes), "ACTIONS")).isEqualTo(FileType.TEXT);
    }

    @Test
    void emailGivesItsPlainBodyHeadersAndAttachments() {
        byte[] attached = SampleFiles.pdf("Attached reply");

        ExtractedText text = extractor.extract(Content.of(SampleFiles.email(attached)), "letter.eml", Progress.NONE);

        assertThat(text.type()).isEqualTo(FileType.EMAIL);
        assertThat(text.pages()).containsExactly("Dear colleagues,\nthe plain version of the letter.");
        assertThat(text.facts())
                .isEqualTo(new FileFacts(
                        "Panel’s letter — March",
                        null,
                        "Jane Chair <chair@panel.example>",
                        "Chief Executive <ceo@council.example>, leader@council.example",
                        "Panel’s letter — March",
                        LocalDate.of(2015, 3, 10)));
        assertThat(text.attachments()).containsExactly(new Attachment("Réponse du conseil.pdf", attached));
    }

    @Test
    void emailIsToldByItsContentEvenWithoutAnExtension() {
        assertThat(extractor.detect(Content.of(SampleFiles.email(new byte[] {1, 2})), "message"))
                .isEqualTo(FileType.EMAIL);
    }

    @Test
    void emailWithOnlyHtmlIsReadAsText() {
        String eml = "From: Jane Chair <chair@panel.example>\r\n"
                + "To: ceo@council.example\r\n"
                + "Subject: =?UTF-8?Q?Caf=C3=A9_meeting?=\r\n"
                + "Date: Tue, 10 Mar 2015 12:00:00 +0000\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n"
                + "\r\n"
                + "<html><head><style>p {color: red}</style></head><body>"
                + "<p>Dear&nbsp;colleagues,</p><p>Costs &amp; savings&#8230;</p><script>x()</script></body></html>\r\n";

        ExtractedText text =
                extractor.extract(Content.of(eml.getBytes(StandardCharsets.UTF_8)), "meeting.eml", Progress.NONE);

        assertThat(text.fullText()).isEqualTo("Dear colleagues,\n\nCosts & savings…");
        assertThat(text.facts().subject()).isEqualTo("Café meeting");
        assertThat(text.attachments()).isEmpty();
    }

    @Test
    void emailAttachmentsKeepOnlyTheirOwnNameAndForwardedMessagesAreAttached() {
        String eml = "From: clerk@council.example\r\n"
                + "Date: Tue, 10 Mar 2015 12:00:00 +0000\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b1\r\n"
                + "\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
                + "--b1\r\nContent-Type: application/octet-stream; name=\"../../etc/passwd\"\r\n"
                + "Content-Disposition: attachment; filename=\"../../etc/passwd\"\r\n\r\nroot\r\n"
                + "--b1\r\nContent-Type: message/rfc822\r\n\r\n"
                + "From: a@b.example\r\nSubject: Earlier\r\n\r\nThe earlier message.\r\n"
                + "--b1--\r\n";

        ExtractedText text =
                extractor.extract(Content.of(eml.getBytes(StandardCharsets.US_ASCII)), "fwd.eml", Progress.NONE);

        assertThat(text.fullText()).isEqualTo("See attached.");
        assertThat(text.attachments())
                .extracting(Attachment::fileName)
                .containsExactly("passwd", "forwarded message.eml");
        assertThat(new String(text.attachments().get(1).bytes(), StandardCharsets.US_ASCII))
                .contains("The earlier message.");
    }

    @Test
    void typesKnowTheirMediaTypesAndNames() {
        for (FileType type : FileType.values()) {
            assertThat(FileType.ofMediaType(type.mediaType())).contains(type);
        }
        assertThat(FileType.ofMediaType("Text/Markdown; charset=UTF-8")).contains(FileType.MARKDOWN);
        assertThat(FileType.ofMediaType("application/zip")).isEmpty();
        assertThat(FileType.DOCX.label()).isEqualTo("Word document");
        assertThat(FileType.TIFF.isImage()).isTrue();
        assertThat(FileType.PDF.isImage()).isFalse();
    }
}
