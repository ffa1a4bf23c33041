package org.stocktake.shared.ui;

import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * Turns a rating level's colour (data, written #RRGGBB) into CSS, with a neutral grey where a level has none, and
 * picks a readable text colour to write on it. Every chip, bar and tile that shows a level takes its colours here.
 */
public final class LevelColours {

    /** For what has no level of its own: the not assessed remainder and empty heatmap cells. */
    public static final String NEUTRAL = "#9E9E9E";

    private static final String DARK_TEXT = "#1F2328";
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private LevelColours() {}

    /** The colour as CSS, or {@link #NEUTRAL} when it is missing or not #RRGGBB (it goes into a style sheet). */
    public static String css(String colour) {
        return colour != null && HEX.matcher(colour).matches() ? colour : NEUTRAL;
    }

    /** White or near-black text, whichever contrasts more with the colour (WCAG relative luminance). */
    public static String textOn(String colour) {
        double background = luminance(Color.web(css(colour)));
        double onWhite = 1.05 / (background + 0.05);
        double onDark = (background + 0.05) / (luminance(Color.web(DARK_TEXT)) + 0.05);
        return onWhite >= onDark ? "#FFFFFF" : DARK_TEXT;
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** The inline style of a chip or tile filled with the colour. */
    public static String filled(String colour) {
        return "-fx-background-color: " + css(colour) + "; -fx-text-fill: " + textOn(colour) + ";";
    }
}
