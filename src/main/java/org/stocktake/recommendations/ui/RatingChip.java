package org.stocktake.recommendations.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.stocktake.recommendations.ui.RecommendationInsight.RatingMark;
import org.stocktake.shared.ui.LevelColours;

/** A rating as a small coloured label, e.g. "G ↑", with the level's full name in a tooltip. */
final class RatingChip {

    private RatingChip() {}

    static Label of(RatingMark mark) {
        Label chip = new Label();
        update(chip, mark);
        return chip;
    }

    static void update(Label chip, RatingMark mark) {
        if (mark == null) {
            chip.setText(null);
            chip.setStyle(null);
            chip.setTooltip(null);
            chip.getStyleClass().remove("rating-chip");
            return;
        }
        chip.setText((mark.code() + " " + mark.arrow()).strip());
        if (!chip.getStyleClass().contains("rating-chip")) {
            chip.getStyleClass().add("rating-chip");
        }
        // The text colour follows the level's colour, so a light level (a yellow) still reads.
        chip.setStyle(LevelColours.filled(mark.colour()));
        chip.setTooltip(new Tooltip(mark.label() + (mark.round() == null ? "" : " (" + mark.round() + ")")));
    }
}
