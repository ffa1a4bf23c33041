package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;
import org.stocktake.shared.task.Progress;

/** A picture shown as pages: drawn at the size asked, and its words found by OCR where the picture shows them. */
class PicturePagesTest {

    /** The sample pictures say no resolution: taken at 96 dpi, a pixel is three quarters of a point. */
    private static final float POINTS_PER_PIXEL = 72f / 96;

    @Test
    void aPictureIsOnePageAsLargeAsItIsAndDrawsAtTheSizeAsked() throws Exception {
        try (PicturePages picture = PicturePages.open(
                new ByteArrayInputStream(SampleFiles.png("Kerslake")), FileType.PNG, "note.png", Ocr.none())) {
            assertThat(picture.count()).isEqualTo(1);
            Box size = picture.sizes().get(0);
            assertThat(size.width()).isCloseTo(900 * POINTS_PER_PIXEL, within(0.5f));
            assertThat(size.height()).isCloseTo(160 * POINTS_PER_PIXEL, within(0.5f));

            var drawn = ImageIO.read(new ByteArrayInputStream(picture.png(1, 144)));
            assertThat(drawn.getWidth()).isEqualTo(Math.round(size.width() * 2));
            assertThat(picture.wantsRecognition()).isTrue();
            assertThat(picture.page(1, Progress.NONE).words()).isEmpty();
        }
    }

    @Test
    void aWordInAPictureIsMarkedWhereThePictureShowsIt() {
        assumeTrue(Ocr.onPath().available(), "tesseract is not installed");
        Box ink = ink(SampleFiles.picture("Kerslake"));
        try (PicturePages picture = PicturePages.open(
                new ByteArrayInputStream(SampleFiles.png("Kerslake review progress")), FileType.PNG, "note.png")) {
            PageWords page = picture.page(1, Progress.NONE);
            int at = page.text().indexOf("Kerslake");
            assertThat(at).as("the recognised text " + page.text()).isNotNegative();
            List<Box> marks = page.boxes(at, at + "Kerslake".length());

            assertThat(marks).hasSize(1);
            assertThat(marks.get(0).x()).isCloseTo(ink.x(), within(3f));
            assertThat(marks.get(0).y()).isCloseTo(ink.y(), within(3f));
            assertThat(marks.get(0).width()).isCloseTo(ink.width(), within(4f));
        }
    }

    @Test
    void everyPageOfATiffIsShownAndReadOnItsOwn() {
        assumeTrue(Ocr.onPath().available(), "tesseract is not installed");
        byte[] tiff = SampleFiles.tiff("First budget page", "Second savings page");
        try (PicturePages picture = PicturePages.open(new ByteArrayInputStream(tiff), FileType.TIFF, "scan.tif")) {
            assertThat(picture.count()).isEqualTo(2);
            assertThat(picture.firstPageOnly()).isFalse();
            assertThat(picture.png(2, 96)).isNotEmpty();
            assertThat(picture.page(2, Progress.NONE).text())
                    .contains("savings")
                    .doesNotContain("budget");
        }
    }

    @Test
    void aJpegIsReadForItsWordsToo() throws Exception {
        assumeTrue(Ocr.onPath().available(), "tesseract is not installed");
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        ImageIO.write(SampleFiles.picture("Kerslake review progress"), "jpg", jpeg);
        try (PicturePages picture =
                PicturePages.open(new ByteArrayInputStream(jpeg.toByteArray()), FileType.JPEG, "photo.jpg")) {
            assertThat(picture.count()).isEqualTo(1);
            assertThat(picture.page(1, Progress.NONE).text()).contains("Kerslake");
        }
    }

    @Test
    void whatIsNotAPictureIsRefusedInASentence() {
        assertThatThrownBy(() -> PicturePages.open(
                        new ByteArrayInputStream("not a picture".getBytes()), FileType.JPEG, "photo.jpg"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("'photo.jpg' cannot be shown");
    }

    /** The box round the picture's dark pixels, in points. */
    private static Box ink(java.awt.image.BufferedImage picture) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if ((picture.getRGB(x, y) & 0xff) < 128) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x + 1);
                    bottom = Math.max(bottom, y + 1);
                }
            }
        }
        return new Box(
                left * POINTS_PER_PIXEL,
                top * POINTS_PER_PIXEL,
                (right - left) * POINTS_PER_PIXEL,
                (bottom - top) * POINTS_PER_PIXEL);
    }
}
