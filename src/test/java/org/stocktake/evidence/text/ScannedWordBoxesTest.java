package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;

/** The words of a scanned page, found by the recogniser, lie where the picture shows them. */
class ScannedWordBoxesTest {

    /** The scan is drawn at 300 dpi: a pixel is this many points. */
    private static final float POINTS_PER_PIXEL = 72f / 300;

    @Test
    void aWordOnAScannedPageIsMarkedWhereThePictureShowsIt() {
        assumeTrue(Ocr.onPath().available(), "tesseract is not installed");
        byte[] scan = SampleFiles.scannedPdf("Kerslake review progress");
        Box ink = ink(SampleFiles.picture("Kerslake"));

        try (PdfWordBoxes pdf = PdfWordBoxes.open(new ByteArrayInputStream(scan), "scan.pdf")) {
            PageWords page = pdf.page(1);
            int at = page.text().indexOf("Kerslake");
            assertThat(at).as("the recognised text " + page.text()).isNotNegative();
            List<Box> marks = page.boxes(at, at + "Kerslake".length());

            assertThat(marks).hasSize(1);
            Box mark = marks.get(0);
            assertThat(mark.x()).isCloseTo(ink.x(), within(3f));
            assertThat(mark.y()).isCloseTo(ink.y(), within(3f));
            assertThat(mark.width()).isCloseTo(ink.width(), within(4f));
            assertThat(mark.height()).isCloseTo(ink.height(), within(4f));
            assertThat(page.text()).contains("review progress");
        }
    }

    @Test
    void withoutTheRecogniserAScannedPageHasNoWords() {
        byte[] scan = SampleFiles.scannedPdf("Kerslake review progress");
        try (PdfWordBoxes pdf = PdfWordBoxes.open(new ByteArrayInputStream(scan), "scan.pdf", Ocr.none())) {
            assertThat(pdf.page(1).words()).isEmpty();
        }
    }

    /** The box round the picture's dark pixels, in points. */
    private static Box ink(BufferedImage picture) {
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
