package org.stocktake.letters.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.stocktake.letters.typeset.LetterFonts.Face;

class LetterFontsTest {

    @Test
    void anAccentTypedAsALetterAndAMarkIsDrawnAsOneLetter() throws IOException {
        try (PDDocument document = new PDDocument()) {
            LetterFonts fonts = new LetterFonts(document);

            assertThat(fonts.drawable(Face.REGULAR, "Re\u0301sume\u0301 of the cafe\u0301"))
                    .isEqualTo("R\u00e9sum\u00e9 of the caf\u00e9");
        }
    }

    /**
     * Lines are measured glyph by glyph as the text reads; a substitution when drawing would make them wider or
     * narrower than measured, and PDFBox's pass for it cost most of a letter's typesetting.
     */
    @Test
    void noFaceSubstitutesGlyphsWhenDrawing() throws IOException {
        try (PDDocument document = new PDDocument()) {
            LetterFonts fonts = new LetterFonts(document);

            for (Face face : Face.values()) {
                assertThat(fonts.font(face).getGsubData()).as(face.name()).isSameAs(GsubData.NO_DATA_FOUND);
            }
        }
    }
}
