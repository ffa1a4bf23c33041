package org.stocktake.letters.typeset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.stocktake.letters.document.LetterDocument;

/**
 * Prints a letter or press release as an A4 PDF/A-2b in Liberation Serif, laid out as the panel's letters are: the
 * letterhead on the first page and a running head on the others, page numbers when there is more than one page, body
 * text set ragged right (no hyphenation, so justified lines would open uneven gaps between words), no heading last on
 * a page, no paragraph leaving a single line at the foot or the head of a page, and the closing kept on one page with
 * the signatures.
 *
 * <p>Characters the font cannot draw (emoji, Chinese, Japanese or Korean characters, control characters) are printed
 * as a white square, U+25A1 (the font has no U+FFFD replacement character), and the rest of the text as written; a
 * word longer than the line is cut at the margin. A citation mark is printed as its number, raised; one naming no
 * document of the letter's list is printed as a raised question mark, so the gap shows in the preview.
 */
public final class LetterTypesetter {

    /**
     * The letter as a PDF/A-2b, with an unsigned signature field {@code signatory-1}, {@code signatory-2}... over the
     * space above each signatory's name.
     *
     * @throws IllegalArgumentException when there is no letter or no details
     * @throws UncheckedIOException when the PDF cannot be written (the fonts missing from the installation)
     */
    public TypesetLetter typeset(LetterDocument letter, PdfDetails details) {
        if (letter == null || details == null) {
            throw new IllegalArgumentException("There is no letter to typeset.");
        }
        try (PDDocument document = new PDDocument()) {
            LetterFonts fonts = new LetterFonts(document);
            List<Chunk> chunks = new LetterFlow(letter, new LineBreaker(fonts), PageFrame.MEASURE).chunks();
            List<List<PageLayout.Placed>> pages =
                    PageLayout.pages(chunks, PageFrame.firstHeight(letter.letterhead()), PageFrame.laterHeight());
            List<PageWriter.Spot> spots = new PageWriter(document, fonts, letter).write(pages);
            SignatureFields.add(document, spots);
            PdfaMetadata.apply(document, details);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            document.save(pdf);
            List<SignatureSlot> slots = spots.stream()
                    .map(spot -> new SignatureSlot(
                            spot.fieldName(),
                            spot.pageIndex(),
                            spot.rect().getLowerLeftX(),
                            spot.rect().getLowerLeftY(),
                            spot.rect().getWidth(),
                            spot.rect().getHeight()))
                    .toList();
            return new TypesetLetter(pdf.toByteArray(), pages.size(), slots);
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be typeset: " + e.getMessage(), e);
        }
    }
}
