package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;

/**
 * A page turned by its /Rotate entry is drawn turned: the boxes of its words must be where the drawing shows them,
 * whether the text runs along the page as stored (so it reads sideways) or is set turned back (so it reads upright).
 */
class PdfWordBoxesRotationTest {

    @ParameterizedTest(name = "rotated {0}, text turned {1}")
    @CsvSource({"0,0", "90,0", "180,0", "270,0", "90,90", "270,270", "180,180"})
    void theMarkOfAWordCoversItsInkAsThePageIsDrawn(int rotation, int textTurn) throws IOException {
        byte[] pdf = page(rotation, textTurn);

        Box ink = ink(pdf);
        try (PdfWordBoxes words = PdfWordBoxes.open(new ByteArrayInputStream(pdf), "turned.pdf")) {
            PageWords page = words.page(1);
            int at = page.text().indexOf("Kerslake");
            assertThat(at).isNotNegative();
            List<Box> marks = page.boxes(at, at + "Kerslake".length());

            assertThat(marks).as("one mark for the word").hasSize(1);
            Box mark = marks.get(0);
            float slack = 4;
            assertThat(mark.x()).as("left").isLessThanOrEqualTo(ink.x() + slack);
            assertThat(mark.y()).as("top").isLessThanOrEqualTo(ink.y() + slack);
            assertThat(mark.x() + mark.width()).as("right").isGreaterThanOrEqualTo(ink.x() + ink.width() - slack);
            assertThat(mark.y() + mark.height()).as("bottom").isGreaterThanOrEqualTo(ink.y() + ink.height() - slack);
            assertThat(mark.x() + mark.width() / 2)
                    .as("centre across")
                    .isCloseTo(ink.x() + ink.width() / 2, within(8f));
            assertThat(mark.y() + mark.height() / 2)
                    .as("centre down")
                    .isCloseTo(ink.y() + ink.height() / 2, within(8f));
        }
    }

    /** An A4 page with /Rotate {@code rotation} and one word, its text matrix turned by {@code textTurn} degrees. */
    private static byte[] page(int rotation, int textTurn) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                Matrix at = Matrix.getRotateInstance(Math.toRadians(textTurn), 200, 500);
                content.setTextMatrix(at);
                content.showText("Kerslake");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The box round every dark pixel of the page drawn at 72 dpi: where the word shows, in points. */
    private static Box ink(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72, ImageType.GRAY);
            int left = Integer.MAX_VALUE;
            int top = Integer.MAX_VALUE;
            int right = -1;
            int bottom = -1;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xff) < 128) {
                        left = Math.min(left, x);
                        top = Math.min(top, y);
                        right = Math.max(right, x + 1);
                        bottom = Math.max(bottom, y + 1);
                    }
                }
            }
            assertThat(right).as("the word is drawn").isPositive();
            return new Box(left, top, right - left, bottom - top);
        }
    }
}
