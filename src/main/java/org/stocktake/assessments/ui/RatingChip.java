package org.stocktake.assessments.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import org.stocktake.assessments.service.RatingLevel;

/**
 * A rating as a pill in its level's colour (colours are data, so any scale works), with the level's code, which is
 * also the key that picks it, and its label. The text is black or white, whichever reads better on the colour.
 */
final class RatingChip extends Label {

    private static final String NEUTRAL = "#9E9E9E";

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
        String colour = colour(level.colour());
        setStyle("-fx-background-color: " + colour + "; -fx-text-fill: " + textOn(colour)
                + "; -fx-background-radius: 10; -fx-padding: 1 8 1 8; -fx-font-weight: bold;");
        setMinWidth(USE_PREF_SIZE);
        setTooltip(new Tooltip(level.meaning() == null ? level.label() : level.label() + ": " + level.meaning()));
    }

    private static String colour(String colour) {
        return colour != null && colour.matches("#[0-9A-Fa-f]{6}") ? colour : NEUTRAL;
    }

    /** White or black, whichever contrasts more with the background (WCAG relative luminance). */
    static String textOn(String colour) {
        double background = luminance(Color.web(colour));
        return 1.05 / (background + 0.05) >= (background + 0.05) / 0.05 ? "white" : "black";
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
