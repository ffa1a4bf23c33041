package org.stocktake.assessments.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.shared.ui.LevelColours;

/** A rating level as a small pill in the level's own colour: its code and label. */
final class DashboardLevelChip extends Label {

    DashboardLevelChip(RatingLevel level) {
        super(level.code() + "  " + level.label());
        getStyleClass().add("dashboard-level-chip");
        setStyle(LevelColours.filled(level.colour())
                + " -fx-background-radius: 10; -fx-padding: 1 8 1 8; -fx-font-size: 0.9em;");
        setMinWidth(Region.USE_PREF_SIZE);
        if (level.meaning() != null) {
            setTooltip(new Tooltip(level.meaning()));
        }
    }
}
