package org.stocktake.assessments.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.HistoryEntry;
import org.stocktake.assessments.service.RatingLevel;

/**
 * Under the grid of a final round, for the selected row when it was corrected: the assessment as first recorded and
 * the correction side by side, each with who and when, and the reason for the correction. Hidden otherwise.
 */
final class CorrectionPane extends VBox {

    private static final double COMMENTARY_HEIGHT = 52;

    private final AssessmentGridViewModel model;

    CorrectionPane(AssessmentGridViewModel model) {
        this.model = model;
        setId("correction-pane");
        getStyleClass().add("correction-pane");
        setSpacing(6);
        model.selectedProperty().addListener((obs, old, now) -> show(now));
        model.history().corrections().addListener((javafx.collections.MapChangeListener<Object, Object>)
                change -> show(model.selectedProperty().get()));
        managedProperty().bind(visibleProperty());
        show(null);
    }

    private void show(Assessment row) {
        HistoryEntry entry = model.history().correctionOf(row);
        setVisible(entry != null);
        if (entry == null) {
            getChildren().clear();
            return;
        }
        HistoryEntry.Correction last =
                entry.corrections().get(entry.corrections().size() - 1);
        int count = entry.corrections().size();
        Label heading = new Label("Recommendation " + row.number() + " was corrected after '"
                + entry.round().title() + "' was finalised"
                + (count == 1 ? "" : " (" + count + " corrections; the latest is shown)") + ".");
        heading.setId("correction-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add("text-bold");

        VBox original = side(
                "correction-original",
                "As first recorded, by " + entry.assessor() + " on " + RoundText.date(entry.assessedAt()),
                entry.level(),
                entry.direction(),
                entry.commentary(),
                null);
        VBox correction = side(
                "correction-latest",
                "Correction, by " + last.correctedBy() + " on " + RoundText.date(last.correctedAt()),
                last.level(),
                last.direction(),
                last.commentary(),
                last.reason());
        HBox sides = new HBox(10, original, correction);
        HBox.setHgrow(original, Priority.ALWAYS);
        HBox.setHgrow(correction, Priority.ALWAYS);
        original.setPrefWidth(0);
        correction.setPrefWidth(0);
        getChildren().setAll(heading, sides);
    }

    private static VBox side(
            String id, String who, RatingLevel level, Direction direction, String commentary, String reason) {
        Label heading = wrapped(who);
        heading.getStyleClass().add("correction-side-heading");
        HBox values = new HBox(8);
        values.setAlignment(Pos.CENTER_LEFT);
        values.getChildren().add(level == null ? muted("No rating") : new RatingChip(level));
        values.getChildren().add(direction == null ? muted("No direction") : new Label(DirectionCell.text(direction)));
        VBox side = new VBox(4, heading, values);
        side.setId(id);
        side.getStyleClass().add("correction-side");
        side.setMinWidth(0);
        if (commentary != null) {
            side.getChildren().add(commentary(commentary));
        }
        if (reason != null) {
            Label why = wrapped("Reason: " + reason);
            why.setId("correction-reason-shown");
            side.getChildren().add(why);
        }
        return side;
    }

    /** Commentary may run long: a few lines here, whole in the tooltip and in the register's history. */
    private static Node commentary(String text) {
        Label label = wrapped(text);
        label.setMinHeight(0);
        label.setMaxHeight(COMMENTARY_HEIGHT);
        label.getStyleClass().add(Styles.ELIDES);
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        label.setTooltip(tip);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
