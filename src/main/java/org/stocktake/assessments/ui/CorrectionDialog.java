package org.stocktake.assessments.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.shared.ValidationException;

/**
 * Corrects an assessment of a final round: the new rating, direction and commentary, and the reason, which is
 * required. The correction is appended beside the original; if the service refuses, the dialog stays open.
 */
final class CorrectionDialog extends Dialog<Assessment> {

    /** Records the correction; throws {@link ValidationException} with the problem, or fails otherwise. */
    interface Corrector {
        Assessment correct(AssessmentDraft draft, String reason);
    }

    private final ComboBox<RatingLevel> level = new ComboBox<>();
    private final ComboBox<Direction> direction = new ComboBox<>();
    private final TextArea commentary = area("correction-commentary", 4);
    private final TextArea reason = area("correction-reason", 2);
    private final Label problems = new Label();

    CorrectionDialog(Window owner, Assessment row, AssessmentRound round, RatingScale scale, Corrector corrector) {
        initOwner(owner);
        setTitle("Correct an assessment");
        setHeaderText("Correct recommendation " + row.number() + " in '" + round.title() + "'");
        level.setId("correction-level");
        level.getItems().add(null);
        level.getItems().addAll(scale.levels());
        level.setCellFactory(list -> new LevelCell());
        level.setButtonCell(new LevelCell());
        level.setValue(
                row.level() == null ? null : scale.level(row.level().code()).orElse(null));
        direction.setId("correction-direction");
        direction.getItems().add(null);
        direction.getItems().addAll(Direction.values());
        direction.setCellFactory(list -> new DirectionChoice());
        direction.setButtonCell(new DirectionChoice());
        direction.setValue(row.direction());
        commentary.setText(row.commentary());
        reason.setPromptText("Why the record changes, e.g. the rating was entered against the wrong recommendation");
        problems.setId("correction-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("danger");
        problems.setVisible(false);
        problems.managedProperty().bind(problems.visibleProperty());
        getDialogPane().setContent(form());
        getDialogPane().setPrefWidth(600);

        ButtonType save = new ButtonType("Record correction", ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("correction-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                if (reason.getText() == null || reason.getText().isBlank()) {
                    throw new ValidationException(
                            "A correction needs a reason, so readers know why the record changed.");
                }
                RatingLevel chosen = level.getValue();
                AssessmentDraft draft = new AssessmentDraft(
                        chosen == null ? null : chosen.code(), direction.getValue(), commentary.getText());
                setResult(corrector.correct(draft, reason.getText()));
            } catch (RuntimeException refused) {
                problems.setText(Failures.explain("recording the correction", refused));
                problems.setVisible(true);
                getDialogPane().getScene().getWindow().sizeToScene();
                event.consume();
            }
        });
        setResultConverter(button -> button.getButtonData().isCancelButton() ? null : getResult());
        setOnShown(e -> reason.requestFocus());
    }

    /**
     * The intro and the problems sit above the grid of fields, in a box that gives wrapped text the height it needs (a
     * grid cell spanning columns does not, and cut the intro short).
     */
    private VBox form() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.getColumnConstraints().setAll(RoundDialog.labels(), RoundDialog.fields());
        Label note = new Label("The original assessment stays on record; the correction is added beside it, with your"
                + " name, the time and the reason.");
        note.setId("correction-intro");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("text-muted");
        problems.setMinHeight(Region.USE_PREF_SIZE);
        form.addRow(0, new Label("Rating"), level);
        form.addRow(1, new Label("Direction"), direction);
        form.addRow(2, new Label("Commentary"), commentary);
        form.addRow(3, new Label("Reason (required)"), reason);
        level.setMaxWidth(Double.MAX_VALUE);
        direction.setMaxWidth(Double.MAX_VALUE);
        // No padding of our own on the content: it would replace the theme's, and the form would touch the edges.
        return new VBox(10, problems, note, form);
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    private static final class LevelCell extends ListCell<RatingLevel> {
        @Override
        protected void updateItem(RatingLevel item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item != null ? null : "No rating");
            setGraphic(empty || item == null ? null : new RatingChip(item));
        }
    }

    private static final class DirectionChoice extends ListCell<Direction> {
        @Override
        protected void updateItem(Direction item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "No direction" : DirectionCell.text(item));
        }
    }
}
