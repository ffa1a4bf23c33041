package org.stocktake.assessments.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.stocktake.assessments.service.Assessment;

/**
 * Marks a row whose rating or direction moved since the previous round (a dot), and a row corrected after its round
 * was finalised (a pencil); the tooltip says what changed.
 */
final class ChangeMarkerCell extends TableCell<Assessment, Assessment> {

    static final String CHANGED = "●";
    static final String CORRECTED = "✎";

    private final AssessmentGridViewModel model;

    ChangeMarkerCell(AssessmentGridViewModel model) {
        this.model = model;
        getStyleClass().add("change-marker");
        setStyle("-fx-alignment: center; -fx-text-fill: -color-accent-fg;");
    }

    @Override
    protected void updateItem(Assessment row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        boolean changed = model.changedSincePrevious(row);
        String text = (changed ? CHANGED : "") + (row.corrected() ? CORRECTED : "");
        setText(text.isEmpty() ? null : text);
        String tip = changed ? model.changeDescription(row) : "";
        if (row.corrected()) {
            tip = (tip.isEmpty() ? "" : tip + "\n") + "Corrected after the round was finalised; the original stays"
                    + " on record.";
        }
        setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
    }
}
