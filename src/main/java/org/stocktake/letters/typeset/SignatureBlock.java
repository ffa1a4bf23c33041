package org.stocktake.letters.typeset;

import java.util.ArrayList;
import java.util.List;
import org.stocktake.letters.document.Signatory;
import org.stocktake.letters.typeset.LetterFonts.Face;

/**
 * The closing and the signatories as one chunk, never split from each other: for each signatory a blank space to sign
 * in, then the name and the role lines in bold. Signatories stand two abreast, further pairs beneath.
 */
final class SignatureBlock {
    /** About 20 mm: room for a handwritten signature or a signature's picture. */
    static final float SIGNING_SPACE = 56f;

    private static final float COLUMN_GAP = 18f;
    private static final float ROW_GAP = 18f;
    private static final float MOST_FIELD_WIDTH = 200f;

    private final LineBreaker breaker;
    private final float measure;

    SignatureBlock(LineBreaker breaker, float measure) {
        this.breaker = breaker;
        this.measure = measure;
    }

    float measure() {
        return measure;
    }

    List<Chunk> chunks(String closing, List<Signatory> signatories) {
        List<Line> lines = new ArrayList<>(
                breaker.lines(List.of(Span.of(closing, Face.REGULAR, BodyFlow.SIZE)), measure, BodyFlow.LEADING));
        float column = (measure - COLUMN_GAP) / 2;
        for (int first = 0; first < signatories.size(); first += 2) {
            if (first > 0) {
                lines.add(Line.empty(ROW_GAP));
            }
            List<Line.Blank> blanks = new ArrayList<>();
            List<List<Line>> columns = new ArrayList<>();
            for (int i = first; i < Math.min(first + 2, signatories.size()); i++) {
                float x = (i - first) * (column + COLUMN_GAP);
                blanks.add(new Line.Blank("signatory-" + (i + 1), x, Math.min(column, MOST_FIELD_WIDTH)));
                columns.add(shifted(signatory(signatories.get(i), column), x));
            }
            lines.add(new Line(List.of(), 0, SIGNING_SPACE, 0, blanks));
            lines.addAll(beside(columns));
        }
        return lines.isEmpty() ? List.of() : List.of(new Chunk(BodyFlow.GAP * 1.6f, lines, false));
    }

    private List<Line> signatory(Signatory signatory, float column) {
        List<Line> lines = new ArrayList<>(name(signatory.name(), column));
        signatory.roleLines().forEach(role -> lines.addAll(name(role, column)));
        return lines;
    }

    private List<Line> name(String text, float column) {
        return breaker.lines(
                List.of(Span.of(text == null ? "" : text, Face.BOLD, BodyFlow.SIZE)), column, BodyFlow.LEADING);
    }

    private static List<Line> shifted(List<Line> lines, float dx) {
        return lines.stream().map(line -> line.shifted(dx)).toList();
    }

    /** Columns of lines merged row by row, so that the page reads across as well as down. */
    private static List<Line> beside(List<List<Line>> columns) {
        int rows = columns.stream().mapToInt(List::size).max().orElse(0);
        List<Line> lines = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            List<Line.Piece> pieces = new ArrayList<>();
            float baseline = 0;
            for (List<Line> column : columns) {
                if (row < column.size()) {
                    pieces.addAll(column.get(row).pieces());
                    baseline = Math.max(baseline, column.get(row).baseline());
                }
            }
            lines.add(new Line(pieces, 0, BodyFlow.LEADING, baseline, List.of()));
        }
        return lines;
    }
}
