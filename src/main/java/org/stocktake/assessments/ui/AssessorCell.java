package org.stocktake.assessments.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;

/**
 * Who gave the row's assessment, with the date in the tooltip; a carried row says it is carried and waits for someone
 * to confirm it. Long names elide and are whole in the tooltip.
 */
final class AssessorCell extends TableCell<Assessment, Assessment> {

    static final String CARRIED = "carried";

    private final AssessmentGridViewModel model;

    AssessorCell(AssessmentGridViewModel model) {
        this.model = model;
        getStyleClass().addAll("assessor-cell", Styles.ELIDES);
    }

    @Override
    protected void updateItem(Assessment row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove("carried-note");
        if (empty || row == null || row.uuid() == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        if (row.isCarried()) {
            getStyleClass().add("carried-note");
            setText(CARRIED);
            AssessmentRound from = model.history().previousRoundProperty().get();
            setTooltip(new Tooltip("Carried forward" + (from == null ? "" : " from " + from.title())
                    + "; nobody has confirmed it in this round yet. Press Space to confirm it, or change it."));
            return;
        }
        setText(row.assessor());
        setTooltip(new Tooltip(row.assessor()
                + (row.assessedAt() == null ? "" : ", " + RoundText.date(row.assessedAt()))
                + (row.corrected() ? " (the correction)" : "")));
    }
}
