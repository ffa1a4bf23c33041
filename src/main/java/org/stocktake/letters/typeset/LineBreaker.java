package org.stocktake.letters.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines no wider than a measure, greedily and without hyphenation, which suits text set
 * ragged right. A word wider than the measure (a long web address, a run of letters) is cut where it meets the edge.
 */
final class LineBreaker {
    /** Rounding slack, so that text measured to exactly the measure is not pushed to the next line. */
    private static final float SLACK = 0.01f;

    private final LetterFonts fonts;

    LineBreaker(LetterFonts fonts) {
        this.fonts = fonts;
    }

    /** The lines, each {@code leading} high; no lines for text that is empty or only spaces. */
    List<Line> lines(List<Span> spans, float measure, float leading) {
        List<Line> lines = new ArrayList<>();
        LineBuilder line = new LineBuilder(leading);
        for (Word word : words(spans)) {
            if (word.width > measure) {
                for (Word part : cut(word, measure)) {
                    if (!line.isEmpty()) {
                        lines.add(line.build());
                        line = new LineBuilder(leading);
                    }
                    line.add(part, 0);
                }
            } else if (!line.isEmpty() && line.reach() + line.pendingSpace + word.width > measure + SLACK) {
                lines.add(line.build());
                line = new LineBuilder(leading);
                line.add(word, 0);
            } else {
                line.add(word, line.isEmpty() ? 0 : line.pendingSpace);
            }
            line.pendingSpace = word.spaceAfter ? spaceWidth(word) : 0;
        }
        if (!line.isEmpty()) {
            lines.add(line.build());
        }
        return lines;
    }

    private float spaceWidth(Word word) {
        Span last = word.parts.get(word.parts.size() - 1).span;
        return fonts.width(last.face(), last.setSize(), " ");
    }

    private List<Word> words(List<Span> spans) {
        List<Word> words = new ArrayList<>();
        Word word = new Word();
        for (Span span : spans) {
            StringBuilder text = new StringBuilder();
            String drawable = fonts.drawable(span.face(), span.text());
            for (int i = 0; i < drawable.length(); i++) {
                char c = drawable.charAt(i);
                if (c == ' ') {
                    word.add(this, span, text);
                    if (!word.parts.isEmpty()) {
                        word.spaceAfter = true;
                        words.add(word);
                        word = new Word();
                    } else if (!words.isEmpty()) {
                        words.get(words.size() - 1).spaceAfter = true;
                    }
                } else {
                    text.append(c);
                }
            }
            word.add(this, span, text);
        }
        if (!word.parts.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    /** A word too long for the measure, cut into pieces that each fit (at least one character each). */
    private List<Word> cut(Word word, float measure) {
        List<Word> pieces = new ArrayList<>();
        Word piece = new Word();
        for (Part part : word.parts) {
            String text = part.text;
            int start = 0;
            int end = 0;
            while (end < text.length()) {
                int next = text.offsetByCodePoints(end, 1);
                float width = piece.width + measure(part.span, text.substring(start, next));
                if (width > measure
                        && (next - start > Character.charCount(text.codePointAt(start)) || piece.width > 0)) {
                    piece.add(this, part.span, new StringBuilder(text.substring(start, end)));
                    pieces.add(piece);
                    piece = new Word();
                    start = end;
                } else {
                    end = next;
                }
            }
            piece.add(this, part.span, new StringBuilder(text.substring(start)));
        }
        piece.spaceAfter = word.spaceAfter;
        pieces.add(piece);
        return pieces;
    }

    private float measure(Span span, String text) {
        return fonts.width(span.face(), span.setSize(), text);
    }

    private record Part(Span span, String text, float width) {}

    private static final class Word {
        private final List<Part> parts = new ArrayList<>();
        private float width;
        private boolean spaceAfter;

        void add(LineBreaker breaker, Span span, StringBuilder text) {
            if (text.length() == 0) {
                return;
            }
            String chars = text.toString();
            float partWidth = breaker.measure(span, chars);
            parts.add(new Part(span, chars, partWidth));
            width += partWidth;
            text.setLength(0);
        }
    }

    private final class LineBuilder {
        private final List<Line.Piece> pieces = new ArrayList<>();
        private final float leading;
        private float reach;
        private float pendingSpace;
        private float tallest;
        private Span lastSpan;

        LineBuilder(float leading) {
            this.leading = leading;
        }

        boolean isEmpty() {
            return pieces.isEmpty();
        }

        float reach() {
            return reach;
        }

        void add(Word word, float space) {
            boolean joinable = space > 0;
            float x = reach + space;
            for (Part part : word.parts) {
                Span span = part.span;
                if (lastSpan != null && span.sameLook(lastSpan) && (joinable || space == 0)) {
                    // Same look as the piece before: extend it, so the page carries whole phrases, not single words.
                    Line.Piece last = pieces.remove(pieces.size() - 1);
                    pieces.add(new Line.Piece(
                            last.text() + (joinable ? " " : "") + part.text,
                            last.face(),
                            last.size(),
                            last.x(),
                            last.rise()));
                } else {
                    pieces.add(new Line.Piece(part.text, span.face(), span.setSize(), x, span.rise()));
                }
                joinable = false;
                space = 0;
                x += part.width;
                lastSpan = span;
                tallest = Math.max(tallest, span.size());
            }
            reach = x;
        }

        Line build() {
            float baseline = (leading - tallest) / 2 + tallest * 0.83f;
            return new Line(pieces, reach, leading, baseline, List.of());
        }
    }
}
