package org.stocktake.letters.typeset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Letterhead;
import org.stocktake.letters.typeset.LetterFonts.Face;
import org.stocktake.letters.typeset.PageLayout.Placed;

/**
 * Draws laid-out pages: the letterhead on the first, the running head (the letterhead's continuation and the date) on
 * the others, "Page n of N" in the foot of every page of a letter longer than one page, and the lines.
 */
final class PageWriter {

    /** A space left for a signature, where the page put it. */
    record Spot(String fieldName, int pageIndex, PDRectangle rect) {}

    private final PDDocument document;
    private final LetterFonts fonts;
    private final LetterDocument letter;
    private final List<Spot> spots = new ArrayList<>();
    private PDPageContentStream content;
    private PDFont currentFont;
    private float currentSize;

    PageWriter(PDDocument document, LetterFonts fonts, LetterDocument letter) {
        this.document = document;
        this.fonts = fonts;
        this.letter = letter;
    }

    List<Spot> write(List<List<Placed>> pages) throws IOException {
        for (int index = 0; index < pages.size(); index++) {
            PDPage page = new PDPage(PageFrame.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                content = stream;
                currentFont = null;
                float top = index == 0 ? PageFrame.firstTop(letter.letterhead()) : PageFrame.LATER_TOP;
                if (index == 0) {
                    letterhead(letter.letterhead());
                } else {
                    runningHead();
                }
                if (pages.size() > 1) {
                    foot("Page " + (index + 1) + " of " + pages.size());
                }
                for (Placed placed : pages.get(index)) {
                    line(placed.line(), PageFrame.A4.getHeight() - top - placed.top(), index);
                }
            }
        }
        return spots;
    }

    private void line(Line line, float lineTop, int pageIndex) throws IOException {
        float baseline = lineTop - line.baseline();
        for (Line.Piece piece : line.pieces()) {
            text(piece.text(), piece.face(), piece.size(), PageFrame.SIDE + piece.x(), baseline + piece.rise());
        }
        for (Line.Blank blank : line.blanks()) {
            spots.add(new Spot(
                    blank.fieldName(),
                    pageIndex,
                    new PDRectangle(
                            PageFrame.SIDE + blank.x(), lineTop - line.height(), blank.width(), line.height())));
        }
    }

    private void letterhead(Letterhead letterhead) throws IOException {
        List<String> lines = PageFrame.letterheadLines(letterhead);
        if (lines.isEmpty()) {
            return;
        }
        float y = PageFrame.A4.getHeight() - PageFrame.LETTERHEAD_TOP - PageFrame.NAME_SIZE;
        centred(lines.get(0), Face.BOLD, PageFrame.NAME_SIZE, y);
        y -= PageFrame.NAME_LEADING - PageFrame.NAME_SIZE + PageFrame.SMALL_SIZE + 2;
        for (String small : lines.subList(1, lines.size())) {
            centred(small, Face.REGULAR, PageFrame.SMALL_SIZE, y);
            y -= PageFrame.SMALL_LEADING;
        }
        rule(PageFrame.A4.getHeight() - PageFrame.LETTERHEAD_TOP - PageFrame.letterheadHeight(letterhead));
    }

    private void runningHead() throws IOException {
        float y = PageFrame.A4.getHeight() - PageFrame.RUNNING_HEAD_BASELINE;
        String head = fonts.drawable(Face.ITALIC, letter.letterhead().continuation());
        String date = fonts.drawable(Face.REGULAR, LetterFlow.date(letter));
        float dateWidth = fonts.width(Face.REGULAR, PageFrame.SMALL_SIZE, date);
        text(clipped(head, PageFrame.MEASURE - dateWidth - 12), Face.ITALIC, PageFrame.SMALL_SIZE, PageFrame.SIDE, y);
        text(date, Face.REGULAR, PageFrame.SMALL_SIZE, PageFrame.SIDE + PageFrame.MEASURE - dateWidth, y);
        rule(y - 4);
    }

    private void foot(String text) throws IOException {
        centred(text, Face.REGULAR, PageFrame.SMALL_SIZE, PageFrame.FOOT_BASELINE);
    }

    private void centred(String raw, Face face, float size, float y) throws IOException {
        String text = clipped(fonts.drawable(face, raw), PageFrame.MEASURE, face, size);
        float width = fonts.width(face, size, text);
        text(text, face, size, PageFrame.SIDE + (PageFrame.MEASURE - width) / 2, y);
    }

    private String clipped(String text, float room) {
        return clipped(text, room, Face.ITALIC, PageFrame.SMALL_SIZE);
    }

    /** A heading line too long for its room is cut short with an ellipsis rather than run off the page. */
    private String clipped(String text, float room, Face face, float size) {
        if (fonts.width(face, size, text) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fonts.width(face, size, cut + "\u2026") > room) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "\u2026";
    }

    private void rule(float y) throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo(PageFrame.SIDE, y);
        content.lineTo(PageFrame.SIDE + PageFrame.MEASURE, y);
        content.stroke();
    }

    private void text(String text, Face face, float size, float x, float y) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        PDFont font = fonts.font(face);
        if (font != currentFont || size != currentSize) {
            content.setFont(font, size);
            currentFont = font;
            currentSize = size;
        }
        content.setTextMatrix(Matrix.getTranslateInstance(x, y));
        content.showText(text);
        content.endText();
    }
}
