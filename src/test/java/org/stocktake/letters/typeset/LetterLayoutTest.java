package org.stocktake.letters.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.stocktake.letters.SampleLetters;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Citation;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Run;

class LetterLayoutTest {

    @Test
    void assessmentLetterPrintsItsHeadingsInOrder() {
        String text =
                TypesetPdfs.text(TypesetPdfs.typeset(SampleLetters.assessment()).pdf());

        assertThat(text)
                .containsSubsequence(
                        "The Rt Hon Greg Clark MP",
                        "Sent by email",
                        "11 January 2016",
                        "Dear Secretary of State,",
                        "The Panel's assessment of Birmingham City Council's Progress Towards Improvement",
                        "Political leadership of the Council",
                        "The clear boundaries that should exist",
                        "The Council's December progress report",
                        "Long-term financial strategy",
                        "Next steps",
                        "Yours sincerely",
                        "J R A Crabtree",
                        "Chair");
    }

    @Test
    void jointLetterPutsTheDateAndDeliveryNoteBeforeTheAddressee() {
        String text =
                TypesetPdfs.text(TypesetPdfs.typeset(SampleLetters.joint()).pdf());

        assertThat(text)
                .containsSubsequence(
                        "8 March 2018", "SENT VIA E-MAIL", "The Rt Hon Sajid Javid MP", "Dear Secretary of State,");
    }

    @Test
    void letterheadOnTheFirstPageOnlyAndTheRunningHeadOnTheOthers() {
        TypesetLetter letter = TypesetPdfs.typeset(SampleLetters.assessment()
                .withLetterhead(new org.stocktake.letters.document.Letterhead(
                        List.of(
                                "Birmingham Independent Improvement Panel",
                                "Council House, Victoria Square, Birmingham B1 1BB"),
                        "Birmingham Independent Improvement Panel")));
        List<String> pages = TypesetPdfs.pages(letter.pdf());

        assertThat(letter.pageCount()).isGreaterThan(1).isEqualTo(pages.size());
        assertThat(pages.get(0)).contains("Council House, Victoria Square, Birmingham B1 1BB");
        for (String later : pages.subList(1, pages.size())) {
            assertThat(later)
                    .doesNotContain("Council House, Victoria Square")
                    .startsWith("Birmingham Independent Improvement Panel 11 January 2016");
        }
    }

    @Test
    void everyPageOfALongerLetterIsNumbered() {
        List<String> pages = TypesetPdfs.pages(
                TypesetPdfs.typeset(SampleLetters.assessment()).pdf());

        for (int page = 0; page < pages.size(); page++) {
            assertThat(pages.get(page)).contains("Page " + (page + 1) + " of " + pages.size());
        }
    }

    @Test
    void aOnePageLetterHasNoPageNumber() {
        LetterDocument shortLetter = SampleLetters.withBody(List.of(SampleLetters.paragraph("Thank you.")));
        TypesetLetter letter = TypesetPdfs.typeset(shortLetter);

        assertThat(letter.pageCount()).isEqualTo(1);
        assertThat(TypesetPdfs.text(letter.pdf())).doesNotContain("Page 1");
    }

    @Test
    void notesAmongTheDraftersAreNeverPrinted() {
        LetterDocument letter = SampleLetters.withBody(List.of(
                SampleLetters.paragraph("Printed before."),
                new Block.Note("n1", "Check the figure with finance", null),
                SampleLetters.paragraph("Printed after.")));

        String text = TypesetPdfs.text(TypesetPdfs.typeset(letter).pdf());

        assertThat(text).contains("Printed before.", "Printed after.").doesNotContain("Check the figure");
    }

    @Test
    void citationsAreNumberedInOrderOfFirstMentionAndListedAtTheEnd() {
        Citation report = new Citation("report", UUID.randomUUID(), null, "Council progress report, 7 December 2015");
        Citation review = new Citation("review", UUID.randomUUID(), null, "The way forward, December 2014");
        Citation unused = new Citation("unused", UUID.randomUUID(), null, "A document nobody mentions");
        LetterDocument letter = annexed(SampleLetters.withBody(List.of(
                        SampleLetters.paragraph(Run.plain("The review"), Run.cite("review"), Run.plain(" asked.")),
                        SampleLetters.paragraph(
                                Run.plain("The report"),
                                Run.cite("report"),
                                Run.plain(" and the review"),
                                Run.cite("review"),
                                Run.plain(" again."))))
                .withCitations(List.of(report, review, unused)));

        String text = TypesetPdfs.text(TypesetPdfs.typeset(letter).pdf());

        assertThat(text)
                .contains("The review1 asked.", "The report2 and the review1 again.")
                .containsSubsequence(
                        "Yours sincerely",
                        "Documents referred to",
                        "1. The way forward, December 2014",
                        "2. Council progress report, 7 December 2015")
                .doesNotContain("A document nobody mentions");
    }

    @Test
    void noAnnexUnlessAskedFor() {
        Citation review = new Citation("review", UUID.randomUUID(), null, "The way forward, December 2014");
        LetterDocument letter = SampleLetters.withBody(List.of(
                        SampleLetters.paragraph(Run.plain("The review"), Run.cite("review"), Run.plain(" asked."))))
                .withCitations(List.of(review));

        assertThat(TypesetPdfs.text(TypesetPdfs.typeset(letter).pdf()))
                .contains("The review1 asked.")
                .doesNotContain("Documents referred to");
    }

    @Test
    void pressReleaseHasItsOwnParts() {
        String text = TypesetPdfs.text(
                TypesetPdfs.typeset(SampleLetters.pressRelease()).pdf());

        assertThat(text)
                .containsSubsequence(
                        "PRESS RELEASE",
                        "17 March 2016",
                        "Birmingham Independent Improvement Panel recommends",
                        "today published a letter",
                        "ENDS",
                        "For further information please contact Lucie Perrins",
                        "Notes to editors",
                        "In December 2014 Lord Kerslake published")
                .doesNotContain("Yours sincerely", "Dear ");
    }

    @Test
    void listItemsHangFromTheirMarkers() throws Exception {
        LetterDocument letter = SampleLetters.withBody(List.of(new Block.Items(
                "l1", true, List.of(List.of(Run.plain("First point.")), List.of(Run.plain("zz ".repeat(120)))), null)));
        byte[] pdf = TypesetPdfs.typeset(letter).pdf();
        List<Float> starts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.startsWith("zz")) {
                    starts.add(positions.get(0).getXDirAdj());
                }
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }

        assertThat(TypesetPdfs.text(pdf)).contains("1. First point.", "2. zz zz");
        assertThat(starts).hasSizeGreaterThan(2).allSatisfy(x -> assertThat(x)
                .isCloseTo(PageFrame.SIDE + 26, org.assertj.core.data.Offset.offset(0.5f)));
    }

    @Test
    void pressReleaseKeepsEndsWithTheContact() {
        for (String page : TypesetPdfs.pages(
                TypesetPdfs.typeset(SampleLetters.pressRelease()).pdf())) {
            assertThat(page.contains("ENDS")).isEqualTo(page.contains("For further information"));
        }
    }

    static LetterDocument annexed(LetterDocument letter) {
        return new LetterDocument(
                letter.kind(),
                letter.letterhead(),
                letter.reference(),
                letter.date(),
                letter.deliveryNote(),
                letter.headerOrder(),
                letter.addressee(),
                letter.salutation(),
                letter.subject(),
                new ArrayList<>(letter.body()),
                letter.closing(),
                letter.signatories(),
                letter.citations(),
                true,
                letter.contact(),
                letter.notesToEditors());
    }
}
