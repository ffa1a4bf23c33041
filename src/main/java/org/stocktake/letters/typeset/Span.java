package org.stocktake.letters.typeset;

import org.stocktake.letters.typeset.LetterFonts.Face;

/**
 * A stretch of text in one face and size, ready to break into lines; a superscript (a citation's number) is set
 * smaller and raised.
 */
record Span(String text, Face face, float size, boolean superscript) {

    static Span of(String text, Face face, float size) {
        return new Span(text, face, size, false);
    }

    float setSize() {
        return superscript ? size * 0.62f : size;
    }

    float rise() {
        return superscript ? size * 0.36f : 0;
    }

    boolean sameLook(Span other) {
        return face == other.face && size == other.size && superscript == other.superscript;
    }
}
