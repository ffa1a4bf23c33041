package org.stocktake.letters.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.stocktake.letters.SampleLetters;
import org.stocktake.letters.document.Addressee;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Run;

class HostileLettersTest {

    @Test
    void charactersTheFontLacksArePrintedAsAWhiteSquare() {
        LetterDocument letter = SampleLetters.withBody(List.of(
                SampleLetters.paragraph("Progress \uD83D\uDE00 noted in \u9032\u6357 and\u0007 here."),
                SampleLetters.heading("Tab\there"),
                new Block.Quotation("q", List.of(Run.bold("Bold \uD83D\uDC4D quote")), null)));

        String text = TypesetPdfs.text(TypesetPdfs.typeset(letter).pdf());

        assertThat(text)
                .contains("Progress \u25A1 noted in \u25A1\u25A1 and\u25A1 here.", "Tab here", "Bold \u25A1 quote")
                .doesNotContain("\uD83D\uDE00", "\u9032");
    }

    @Test
    void aWordLongerThanTheLineIsCutAtTheMargin() throws IOException {
        String word = "https://www.birmingham.gov.uk/" + "x".repeat(400) + "/end";
        LetterDocument letter = SampleLetters.withBody(List.of(SampleLetters.paragraph("See " + word + " today.")));

        byte[] pdf = TypesetPdfs.typeset(letter).pdf();

        assertThat(TypesetPdfs.text(pdf).replaceAll("\\s", "")).contains(word + "today.");
        assertThat(rightmostCharacter(pdf)).isLessThanOrEqualTo(PageFrame.SIDE + PageFrame.MEASURE + 0.5f);
    }

    @Test
    void aLongParagraphStaysInsideTheMargins() throws IOException {
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.length() < 5_000) {
            paragraph.append("consultation document about the Council business plan ");
        }
        LetterDocument letter = SampleLetters.withBody(List.of(SampleLetters.paragraph(paragraph.toString())));

        TypesetLetter typeset = TypesetPdfs.typeset(letter);

        assertThat(typeset.pageCount()).isGreaterThan(1);
        assertThat(rightmostCharacter(typeset.pdf())).isLessThanOrEqualTo(PageFrame.SIDE + PageFrame.MEASURE + 0.5f);
    }

    @Test
    void twoHundredParagraphsAreAllPrinted() {
        List<Block> body = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            body.add(SampleLetters.paragraph("Paragraph number " + i + " of the long letter."));
        }

        TypesetLetter letter = TypesetPdfs.typeset(SampleLetters.withBody(body));
        String text = TypesetPdfs.text(letter.pdf());

        assertThat(letter.pageCount()).isGreaterThan(5);
        assertThat(text).contains("Paragraph number 1 of", "Paragraph number 200 of", "J R A Crabtree");
        assertThat(text).contains("Page " + letter.pageCount() + " of " + letter.pageCount());
    }

    @Test
    void anEmptyLetterStillMakesOnePage() {
        LetterDocument empty = new LetterDocument(
                null, null, null, null, null, null, null, null, null, null, null, null, null, false, null, null);

        TypesetLetter letter = TypesetPdfs.typeset(empty);

        assertThat(letter.pageCount()).isEqualTo(1);
        assertThat(letter.slots()).isEmpty();
    }

    @Test
    void missingPartsAreLeftOut() {
        LetterDocument letter = SampleLetters.withBody(List.of())
                .withAddressee(Addressee.NONE)
                .withSignatories(List.of())
                .withDate(null);

        String text = TypesetPdfs.text(TypesetPdfs.typeset(letter).pdf());

        assertThat(text).contains("Dear Secretary of State,", "Yours sincerely").doesNotContain("Greg Clark");
    }

    @Test
    void aHeadingAsTheLastBlockIsPrinted() {
        LetterDocument letter = SampleLetters.withBody(
                List.of(SampleLetters.paragraph("Before."), SampleLetters.heading("Last heading")));

        assertThat(TypesetPdfs.text(TypesetPdfs.typeset(letter).pdf())).contains("Before.", "Last heading");
    }

    @Test
    void aCitationOfNoListedDocumentPrintsAQuestionMark() {
        LetterDocument letter = SampleLetters.withBody(
                List.of(SampleLetters.paragraph(Run.plain("As shown"), Run.cite("gone"), Run.plain(" before."))));

        assertThat(TypesetPdfs.text(TypesetPdfs.typeset(letter).pdf())).contains("As shown? before.");
    }

    @Test
    void noLetterIsRefusedInASentence() {
        assertThatThrownBy(() -> new LetterTypesetter().typeset(null, TypesetPdfs.DETAILS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no letter to typeset.");
    }

    private static float rightmostCharacter(byte[] pdf) throws IOException {
        float[] rightmost = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj()));
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return rightmost[0];
    }
}
