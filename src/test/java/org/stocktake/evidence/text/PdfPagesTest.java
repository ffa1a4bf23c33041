package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A PDF's pages drawn for a person to look at. */
class PdfPagesTest {

    @Test
    void eachPageIsDrawnAtTheSizeAskedWithinItsLimits() throws IOException {
        try (PdfPages pages =
                PdfPages.open(new ByteArrayInputStream(SampleFiles.pdf("First page", "Second page")), "two.pdf")) {
            assertThat(pages.count()).isEqualTo(2);
            BufferedImage small = ImageIO.read(new ByteArrayInputStream(pages.png(2, 36)));
            BufferedImage large = ImageIO.read(new ByteArrayInputStream(pages.png(2, 144)));
            BufferedImage huge = ImageIO.read(new ByteArrayInputStream(pages.png(2, 5000)));

            assertThat(large.getWidth()).isCloseTo(small.getWidth() * 4, within(4));
            assertThat(huge.getWidth())
                    .as("drawn at most at " + PdfPages.MAX_DPI + " dpi")
                    .isCloseTo(Math.round(large.getWidth() * PdfPages.MAX_DPI / 144), within(4));
        }
    }

    @Test
    void aPageThatIsNotThereOrAFileThatIsNotAPdfGetsASentence() {
        try (PdfPages pages = PdfPages.open(new ByteArrayInputStream(SampleFiles.pdf("Only page")), "one.pdf")) {
            assertThatThrownBy(() -> pages.png(2, 72)).hasMessage("'one.pdf' has no page 2.");
        }
        assertThatThrownBy(() -> PdfPages.open(new ByteArrayInputStream("not a pdf".getBytes()), "fake.pdf"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("'fake.pdf' cannot be shown as pages");
    }

    @Test
    void aDamagedPageGetsASentenceAndTheOtherPagesAreDrawn() throws IOException {
        byte[] pdf = SampleFiles.withDamagedContent(
                SampleFiles.withDamagedFont(SampleFiles.pdf("Page one", "Page two", "Page three"), 2), 3);
        try (PdfPages pages = PdfPages.open(new ByteArrayInputStream(pdf), "minutes.pdf")) {
            assertThat(ImageIO.read(new ByteArrayInputStream(pages.png(1, 72)))).isNotNull();
            assertThatThrownBy(() -> pages.png(2, 72))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessage("Page 2 of 'minutes.pdf' is damaged and cannot be drawn.");
            assertThat(ImageIO.read(new ByteArrayInputStream(pages.png(3, 72)))).isNotNull();
        }
    }
}
