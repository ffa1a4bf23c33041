package org.stocktake.letters.typeset;

import java.util.List;
import org.stocktake.letters.typeset.LetterFonts.Face;

/**
 * One line as it will be drawn: its pieces of text at their places, measured from the line's left edge and top.
 *
 * @param width how far the text reaches, for centring
 * @param height the distance from this line's top to the next line's top
 * @param baseline the distance from this line's top to the text's baseline
 * @param blanks spaces left empty for a signature, each becoming a signature field
 */
record Line(List<Line.Piece> pieces, float width, float height, float baseline, List<Blank> blanks) {

    record Piece(String text, Face face, float size, float x, float rise) {}

    /** Room for one signatory's signature, as wide as the column it heads. */
    record Blank(String fieldName, float x, float width) {}

    Line {
        pieces = List.copyOf(pieces);
        blanks = List.copyOf(blanks);
    }

    static Line empty(float height) {
        return new Line(List.of(), 0, height, 0, List.of());
    }

    Line shifted(float dx) {
        if (dx == 0) {
            return this;
        }
        return new Line(
                pieces.stream()
                        .map(p -> new Piece(p.text(), p.face(), p.size(), p.x() + dx, p.rise()))
                        .toList(),
                width + dx,
                height,
                baseline,
                blanks.stream()
                        .map(b -> new Blank(b.fieldName(), b.x() + dx, b.width()))
                        .toList());
    }

    String text() {
        StringBuilder text = new StringBuilder();
        pieces.forEach(piece -> text.append(piece.text()));
        return text.toString();
    }
}
