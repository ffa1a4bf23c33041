package org.stocktake.assessments.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.shared.ui.LevelColours;

/**
 * A rating as a pill in its level's colour (colours are data, so any scale works), with the level's code, which is
 * also the key that picks it, and its label, in whichever text colour reads better on it.
 */
final class RatingChip extends Label {

    RatingChip(RatingLevel level) {
        this(level, level.code() + "  " + level.label());
    }

    /** Just the code, where space is short; the label is in the tooltip. */
    static RatingChip compact(RatingLevel level) {
        return new RatingChip(level, level.code());
    }

    private RatingChip(RatingLevel level, String text) {
        super(text);
        getStyleClass().add("rating-chip");
        setStyle(LevelColours.filled(level.colour())
                + " -fx-background-radius: 10; -fx-padding: 1 8 1 8; -fx-font-weight: bold;");
        setMinWidth(USE_PREF_SIZE);
        setTooltip(new Tooltip(level.meaning() == null ? level.label() : level.label() + ": " + level.meaning()));
    }
}
