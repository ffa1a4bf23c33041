package org.stocktake.letters.typeset;

import java.util.ArrayList;
import java.util.List;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.CitationNumbers;
import org.stocktake.letters.document.Run;
import org.stocktake.letters.document.RunStyle;
import org.stocktake.letters.typeset.LetterFonts.Face;

/**
 * The body's blocks as chunks of lines: headings bold and kept with what follows, paragraphs ragged right, quotations
 * indented on both sides in italics, lists with a hanging indent; notes among the drafters are left out.
 */
final class BodyFlow {
    static final float SIZE = 12f;
    static final float LEADING = 15.5f;
    /** The space between paragraphs: about a blank line, as the panel's letters have. */
    static final float GAP = 10f;

    private static final float QUOTE_INDENT = 28f;
    private static final float LIST_INDENT = 6f;
    private static final float HANG = 20f;
    private static final float ITEM_GAP = 4f;

    private final LineBreaker breaker;
    private final CitationNumbers numbers;
    private final float measure;

    BodyFlow(LineBreaker breaker, CitationNumbers numbers, float measure) {
        this.breaker = breaker;
        this.numbers = numbers;
        this.measure = measure;
    }

    List<Chunk> blocks(List<Block> blocks) {
        List<Chunk> chunks = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                chunks.addAll(heading(heading.text(), Face.BOLD, SIZE, LEADING));
            } else if (block instanceof Block.Paragraph paragraph) {
                chunks.addAll(paragraph(paragraph.runs(), false));
            } else if (block instanceof Block.Quotation quotation) {
                chunks.addAll(quotation(quotation.runs()));
            } else if (block instanceof Block.Items items) {
                chunks.addAll(items(items));
            }
            // A Block.Note is for the drafters only and is never printed.
        }
        return chunks;
    }

    List<Chunk> heading(String text, Face face, float size, float leading) {
        List<Line> lines = breaker.lines(List.of(Span.of(nonNull(text), face, size)), measure, leading);
        if (lines.isEmpty()) {
            return List.of();
        }
        return List.of(new Chunk(GAP * 1.4f, lines, true));
    }

    List<Chunk> paragraph(List<Run> runs, boolean keepWithNext) {
        return Chunk.paragraph(GAP, breaker.lines(spans(runs, false), measure, LEADING), keepWithNext);
    }

    /** One line of plain text (a date, a salutation), or nothing when blank. */
    List<Chunk> line(String text, Face face, float spaceBefore) {
        List<Line> lines = breaker.lines(List.of(Span.of(nonNull(text), face, SIZE)), measure, LEADING);
        return lines.isEmpty() ? List.of() : List.of(new Chunk(spaceBefore, lines, false));
    }

    /** Lines of plain text that stay together, like an address. */
    List<Chunk> lines(List<String> texts, float spaceBefore) {
        List<Line> lines = new ArrayList<>();
        texts.forEach(
                text -> lines.addAll(breaker.lines(List.of(Span.of(text, Face.REGULAR, SIZE)), measure, LEADING)));
        return lines.isEmpty() ? List.of() : List.of(new Chunk(spaceBefore, lines, false));
    }

    /** A numbered or bulleted item: the marker in the margin of the hanging indent, the text beside it. */
    List<Chunk> item(String marker, List<Span> text, float spaceBefore) {
        List<Line> lines = new ArrayList<>(breaker.lines(text, measure - LIST_INDENT - HANG, LEADING));
        if (lines.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i).shifted(LIST_INDENT + HANG));
        }
        Line first = lines.get(0);
        List<Line.Piece> pieces = new ArrayList<>(first.pieces());
        pieces.add(0, new Line.Piece(marker, Face.REGULAR, SIZE, LIST_INDENT, 0));
        lines.set(0, new Line(pieces, first.width(), first.height(), first.baseline(), first.blanks()));
        return Chunk.paragraph(spaceBefore, lines, false);
    }

    List<Span> spans(List<Run> runs, boolean italic) {
        List<Span> spans = new ArrayList<>();
        boolean lastWasCitation = false;
        for (Run run : runs) {
            if (run == null) {
                continue;
            }
            if (run.isCitation()) {
                String number =
                        numbers.numberOf(run.citation()).map(String::valueOf).orElse("?");
                spans.add(new Span(lastWasCitation ? "," + number : number, Face.REGULAR, SIZE, true));
                lastWasCitation = true;
            } else if (!run.text().isEmpty()) {
                boolean bold = run.style() == RunStyle.BOLD;
                spans.add(Span.of(run.text(), Face.of(bold, italic || run.style() == RunStyle.ITALIC), SIZE));
                lastWasCitation = false;
            }
        }
        return spans;
    }

    private List<Chunk> quotation(List<Run> runs) {
        List<Line> lines = new ArrayList<>(breaker.lines(spans(runs, true), measure - 2 * QUOTE_INDENT, LEADING));
        lines.replaceAll(line -> line.shifted(QUOTE_INDENT));
        return Chunk.paragraph(GAP, lines, false);
    }

    private List<Chunk> items(Block.Items items) {
        List<Chunk> chunks = new ArrayList<>();
        int number = 1;
        for (List<Run> item : items.items()) {
            String marker = items.numbered() ? number + "." : "\u2022";
            List<Chunk> itemChunks = item(marker, spans(item, false), chunks.isEmpty() ? GAP : ITEM_GAP);
            if (!itemChunks.isEmpty()) {
                chunks.addAll(itemChunks);
                number++;
            }
        }
        return chunks;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
