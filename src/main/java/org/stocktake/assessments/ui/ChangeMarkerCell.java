package org.stocktake.assessments.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.HistoryEntry;

/**
 * Marks a row whose rating or direction moved since the previous round (a dot), a row corrected after its round was
 * finalised (a pencil), and a row with proposed ratings waiting for a decision (a diamond); the tooltip says which.
 */
final class ChangeMarkerCell extends TableCell<Assessment, Assessment> {

    static final String CHANGED = "●";
    static final String CORRECTED = "✎";
    static final String PROPOSED = "◆";

    private final AssessmentGridViewModel model;

    ChangeMarkerCell(AssessmentGridViewModel model) {
        this.model = model;
        getStyleClass().add("change-marker");
        setStyle("-fx-alignment: center; -fx-text-fill: -color-accent-fg; -fx-padding: 0 2 0 2;");
    }

    @Override
    protected void updateItem(Assessment row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        boolean changed = model.history().changedSincePrevious(row);
        long waiting = model.proposals().waiting(row);
        String text = (changed ? CHANGED : "") + (row.corrected() ? CORRECTED : "") + (waiting > 0 ? PROPOSED : "");
        setText(text.isEmpty() ? null : text);
        String tip = changed ? model.history().changeDescription(row) : "";
        if (row.corrected()) {
            tip = (tip.isEmpty() ? "" : tip + "\n")
                    + correctionText(model.history().correctionOf(row));
        }
        if (waiting > 0) {
            tip = (tip.isEmpty() ? "" : tip + "\n")
                    + (waiting == 1 ? "A proposed rating waits" : waiting + " proposed ratings wait")
                    + " for a decision; select the row to read "
                    + (waiting == 1 ? "it." : "them.");
        }
        setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
    }

    /** E.g. "Corrected by Steve Robinson on 2 Feb 2016 from Limited to Some progress: the reason". */
    static String correctionText(HistoryEntry entry) {
        if (entry == null || entry.corrections().isEmpty()) {
            return "Corrected after the round was finalised; the original stays on record (select the row to see both).";
        }
        HistoryEntry.Correction last =
                entry.corrections().get(entry.corrections().size() - 1);
        return "Corrected by " + last.correctedBy() + " on " + RoundText.date(last.correctedAt()) + ", from "
                + (entry.level() == null ? "no rating" : entry.level().label()) + " to "
                + (last.level() == null ? "no rating" : last.level().label()) + ": " + last.reason()
                + "\nThe original stays on record; select the row to see both side by side.";
    }
}
