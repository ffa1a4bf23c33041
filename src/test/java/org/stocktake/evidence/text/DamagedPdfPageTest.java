package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.stocktake.shared.task.Progress;

/** A PDF with one damaged page keeps the pages that read; a PDF with none that read is refused. */
class DamagedPdfPageTest {

    private final TextExtractor extractor = new TextExtractor(Ocr.none());

    @Test
    void theDamagedPageIsKeptEmptyAndNamedWhileTheOthersRead() {
        byte[] pdf = SampleFiles.withDamagedContent(
                SampleFiles.pdf("Page one", "Page two", "Page three", "Page four", "Page five"), 4);

        ExtractedText text = extractor.extract(Content.of(pdf), "minutes.pdf", Progress.NONE);

        assertThat(text.pages()).containsExactly("Page one", "Page two", "Page three", "", "Page five");
        assertThat(text.unreadablePages()).containsExactly(4);
        assertThat(text.awaitingOcr()).isFalse();
    }

    @Test
    void aPageWhoseFontIsDamagedIsKeptEmptyWhileTheOthersRead() {
        byte[] pdf = SampleFiles.withDamagedFont(SampleFiles.pdf("Page one", "Page two", "Page three"), 2);

        ExtractedText text = extractor.extract(Content.of(pdf), "minutes.pdf", Progress.NONE);

        assertThat(text.pages()).containsExactly("Page one", "", "Page three");
        assertThat(text.unreadablePages()).containsExactly(2);
    }

    @Test
    void aPdfOfWhichNoPageReadsIsRefusedInOneSentence() {
        byte[] pdf = SampleFiles.withDamagedContent(
                SampleFiles.withDamagedContent(SampleFiles.pdf("Page one", "Page two"), 1), 2);

        Throwable thrown = catchThrowable(() -> extractor.extract(Content.of(pdf), "minutes.pdf", Progress.NONE));

        assertThat(thrown)
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("'minutes.pdf' is damaged and cannot be read as a PDF: save a fresh copy from where it"
                        + " came from and add that.");
    }

    @Test
    void aWholePdfWithABlankPageReadsWithNoPageUnreadable() {
        byte[] pdf = SampleFiles.pdf("Page one", "", "Page three");

        ExtractedText text = extractor.extract(Content.of(pdf), "minutes.pdf", Progress.NONE);

        assertThat(text.pages()).containsExactly("Page one", "", "Page three");
        assertThat(text.unreadablePages()).isEmpty();
    }
}
