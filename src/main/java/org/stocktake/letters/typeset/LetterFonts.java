package org.stocktake.letters.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif in its four faces, embedded as subsets in one document. The font files are read from the
 * classpath once per process and parsed again for each document, since a parsed font is not to be shared between
 * documents or threads.
 */
final class LetterFonts {

    enum Face {
        REGULAR("Regular"),
        BOLD("Bold"),
        ITALIC("Italic"),
        BOLD_ITALIC("BoldItalic");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        static Face of(boolean bold, boolean italic) {
            if (bold) {
                return italic ? BOLD_ITALIC : BOLD;
            }
            return italic ? ITALIC : REGULAR;
        }
    }

    /** U+25A1, a white square: a visible gap that no letter's own text is likely to hold. */
    static final char REPLACEMENT = '\u25A1';

    private static final Map<Face, byte[]> FILES = new EnumMap<>(Face.class);

    private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
    private final Map<Face, CmapLookup> characters = new EnumMap<>(Face.class);

    LetterFonts(PDDocument document) throws IOException {
        for (Face face : Face.values()) {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(file(face)));
            document.registerTrueTypeFontForClosing(parsed);
            // The font's only substitution is "ccmp", joining a letter and its combining accent, which text made NFC
            // in drawable() never needs. PDFBox's pass over every string for it was most of a letter's typesetting,
            // and without it a line is drawn exactly as wide as it was measured.
            parsed.setEnableGsub(false);
            characters.put(face, parsed.getUnicodeCmapLookup());
            fonts.put(face, PDType0Font.load(document, parsed, true));
        }
    }

    PDType0Font font(Face face) {
        return fonts.get(face);
    }

    /**
     * The text as this face can draw it: tabs and line breaks become spaces; control characters and anything the
     * face has no glyph for (emoji, CJK, most scripts beyond Latin, Greek and Cyrillic) become {@link #REPLACEMENT},
     * so the reader sees that something was left out and the rest is printed. (The font has no U+FFFD.)
     */
    String drawable(Face face, String text) {
        StringBuilder out = new StringBuilder(text.length());
        CmapLookup cmap = characters.get(face);
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(codePoint -> {
            if (codePoint == '\t'
                    || codePoint == '\n'
                    || codePoint == '\r'
                    || Character.isSpaceChar(codePoint) && codePoint != '\u00A0') {
                out.append(' ');
            } else if (Character.getType(codePoint) == Character.CONTROL || cmap.getGlyphId(codePoint) == 0) {
                out.append(cmap.getGlyphId(REPLACEMENT) != 0 ? REPLACEMENT : '?');
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    /** Width in points of the text set in this face and size; the text must be {@link #drawable} already. */
    float width(Face face, float size, String text) {
        try {
            return fonts.get(face).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("The letter font could not measure its text.", e);
        }
    }

    private static synchronized byte[] file(Face face) {
        return FILES.computeIfAbsent(face, LetterFonts::read);
    }

    private static byte[] read(Face face) {
        String name = "/liberation/LiberationSerif-" + face.file + ".ttf";
        try (InputStream in = LetterFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The letter font " + name + " is missing from this installation.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter font " + name + " could not be read.", e);
        }
    }
}
