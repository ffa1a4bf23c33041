package org.stocktake.assessments.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.ValidationException;

/**
 * Opens a round: its title, the date it assesses, and the earlier round to copy forward (the latest, unless the user
 * picks another or none). If the service refuses, the reasons are shown and the dialog stays open.
 */
final class RoundDialog extends Dialog<Boolean> {

    /** Starts opening the round; throws {@link ValidationException} with the problems, having started nothing. */
    interface Creator {
        void create(String title, LocalDate heldOn, AssessmentRound copyFrom);
    }

    private final TextField title = new TextField();
    private final TextField date = new TextField();
    private final ComboBox<AssessmentRound> copyFrom = new ComboBox<>();
    private final Label problems = new Label();

    RoundDialog(Window owner, Review review, List<AssessmentRound> rounds, LocalDate today, Creator creator) {
        initOwner(owner);
        setTitle("New round");
        setHeaderText("New round of " + review.label());
        title.setId("round-title");
        title.setPromptText("e.g. June assessment");
        date.setId("round-date");
        date.setText(today.toString());
        date.setPromptText("2016-06-30 or 30/6/2016");
        copyFrom.setId("round-copy-from");
        copyFrom.getItems().add(null);
        copyFrom.getItems().addAll(rounds);
        copyFrom.setCellFactory(list -> new RoundCell());
        copyFrom.setButtonCell(new RoundCell());
        copyFrom.setValue(RoundComparison.latest(rounds));
        copyFrom.setMaxWidth(Double.MAX_VALUE);
        problems.setId("round-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("danger");
        problems.setVisible(false);
        problems.managedProperty().bind(problems.visibleProperty());

        Label note = new Label("Copying forward carries every rating, direction and commentary into the new round,"
                + " so only what changed needs typing.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(8, 0, 0, 0));
        form.getColumnConstraints().setAll(labels(), fields());
        form.add(problems, 0, 0, 2, 1);
        form.addRow(1, new Label("Title"), title);
        form.addRow(2, new Label("Date"), date);
        form.addRow(3, new Label("Copy forward from"), copyFrom);
        getDialogPane().setContent(new VBox(10, form, note));
        getDialogPane().setPrefWidth(560);

        ButtonType create = new ButtonType("Open round", ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        Button createButton = (Button) getDialogPane().lookupButton(create);
        createButton.setId("round-create");
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                LocalDate heldOn = RoundText.parseDate(date.getText());
                creator.create(title.getText(), heldOn, copyFrom.getValue());
                setResult(Boolean.TRUE);
            } catch (IllegalArgumentException badDate) {
                showProblems(List.of(badDate.getMessage()));
                event.consume();
            } catch (ValidationException refused) {
                showProblems(refused.problems());
                event.consume();
            }
        });
        setResultConverter(button -> button.getButtonData().isCancelButton() ? null : getResult());
        setOnShown(e -> title.requestFocus());
    }

    /** A column of labels never shorter than its widest label. */
    static ColumnConstraints labels() {
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        return labels;
    }

    static ColumnConstraints fields() {
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        return fields;
    }

    private void showProblems(List<String> messages) {
        problems.setText(String.join("\n", new ArrayList<>(messages)));
        problems.setVisible(true);
        getDialogPane().getScene().getWindow().sizeToScene();
    }

    private static final class RoundCell extends ListCell<AssessmentRound> {
        @Override
        protected void updateItem(AssessmentRound round, boolean empty) {
            super.updateItem(round, empty);
            setText(empty ? null : round == null ? "Nothing: start with an empty round" : RoundText.label(round));
        }
    }
}
