package org.stocktake.shared.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;

/**
 * Free text that may be longer than the room it is given (a title in a table cell, a folder path) is cut with an
 * ellipsis by design, carries the style class {@value #STYLE_CLASS} so layout checks know it, and shows its whole text
 * in a tooltip.
 */
public final class ElidedText {

    /** The style class layout checks look for on text that may be cut short. */
    public static final String STYLE_CLASS = "elides";

    private ElidedText() {}

    /** Marks {@code labeled} as allowed to elide and gives it {@code full} as its tooltip (none when blank). */
    public static void mark(Labeled labeled, String full) {
        if (!labeled.getStyleClass().contains(STYLE_CLASS)) {
            labeled.getStyleClass().add(STYLE_CLASS);
        }
        if (full == null || full.isBlank()) {
            labeled.setTooltip(null);
        } else if (labeled.getTooltip() == null) {
            labeled.setTooltip(new Tooltip(full));
        } else {
            labeled.getTooltip().setText(full);
        }
    }
}
