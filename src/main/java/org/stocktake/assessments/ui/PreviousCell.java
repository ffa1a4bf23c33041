package org.stocktake.assessments.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.stocktake.assessments.service.Assessment;

/**
 * What the recommendation was given in the previous round, read-only and compact: the level's code in its colour and
 * the arrow; the tooltip gives the label, direction and commentary.
 */
final class PreviousCell extends TableCell<Assessment, Assessment> {

    @Override
    protected void updateItem(Assessment before, boolean empty) {
        super.updateItem(before, empty);
        setText(null);
        setTooltip(null);
        if (empty || before == null || (before.level() == null && before.direction() == null)) {
            setGraphic(null);
            return;
        }
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        if (before.level() != null) {
            box.getChildren().add(RatingChip.compact(before.level()));
        }
        if (before.direction() != null) {
            Label arrow = new Label(before.direction().arrow());
            arrow.getStyleClass().add("text-muted");
            box.getChildren().add(arrow);
        }
        setGraphic(box);
        String said = before.level() == null ? "No rating" : before.level().label();
        said += before.direction() == null ? "" : ", " + before.direction().label();
        said += before.commentary() == null ? "" : ": " + before.commentary();
        Tooltip tip = new Tooltip(said);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        setTooltip(tip);
    }
}
