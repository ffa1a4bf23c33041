package org.stocktake.letters.typeset;

import java.util.List;

/**
 * A typeset letter: a PDF/A-2b file with an empty signature field for each signatory, in signing order.
 */
public record TypesetLetter(byte[] pdf, int pageCount, List<SignatureSlot> slots) {
    public TypesetLetter {
        slots = List.copyOf(slots);
    }
}
