package org.stocktake.letters.typeset;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.stocktake.letters.document.Letterhead;

/**
 * Where things stand on an A4 page: 25 mm margins at the sides and the foot, the letterhead at the top of the first
 * page, a short running head on the others, the page number in the foot.
 */
final class PageFrame {
    static final float MM = 72f / 25.4f;
    static final PDRectangle A4 = PDRectangle.A4;
    static final float SIDE = 25 * MM;
    static final float MEASURE = A4.getWidth() - 2 * SIDE;

    static final float LETTERHEAD_TOP = 16 * MM;
    static final float NAME_SIZE = 16f;
    static final float NAME_LEADING = 20f;
    static final float SMALL_SIZE = 8.5f;
    static final float SMALL_LEADING = 11f;
    /** Between the letterhead's rule and the first line of the letter. */
    static final float BELOW_LETTERHEAD = 12 * MM;

    static final float RUNNING_HEAD_BASELINE = 15 * MM;
    static final float LATER_TOP = 25 * MM;
    static final float FOOT_BASELINE = 13 * MM;
    static final float BOTTOM = 22 * MM;

    /** A letterhead is a few lines; more would crowd out the letter, so only the first eight are printed. */
    static final int MOST_LETTERHEAD_LINES = 8;

    private PageFrame() {}

    static java.util.List<String> letterheadLines(Letterhead letterhead) {
        java.util.List<String> lines = letterhead.lines();
        return lines.subList(0, Math.min(lines.size(), MOST_LETTERHEAD_LINES));
    }

    /** From the top edge of the first page to the top of its text area. */
    static float firstTop(Letterhead letterhead) {
        if (letterhead.lines().isEmpty()) {
            return LATER_TOP;
        }
        return LETTERHEAD_TOP + letterheadHeight(letterhead) + BELOW_LETTERHEAD;
    }

    static float letterheadHeight(Letterhead letterhead) {
        int small = Math.max(0, letterheadLines(letterhead).size() - 1);
        return NAME_LEADING + small * SMALL_LEADING + 4;
    }

    static float firstHeight(Letterhead letterhead) {
        return A4.getHeight() - firstTop(letterhead) - BOTTOM;
    }

    static float laterHeight() {
        return A4.getHeight() - LATER_TOP - BOTTOM;
    }
}
