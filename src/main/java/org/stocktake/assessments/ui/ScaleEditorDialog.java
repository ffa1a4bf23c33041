package org.stocktake.assessments.ui;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.assessments.service.ScaleDraft;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.ui.Icons;

/**
 * Defines a new rating scale: its code, name, description and levels in order. If the service refuses, the reasons
 * are shown and the dialog stays open with everything typed kept.
 */
final class ScaleEditorDialog extends Dialog<RatingScale> implements ScaleEditorLevelRow.Moves {

    /** Saves the scale; throws {@link ValidationException} with the problems. */
    interface Creator {
        RatingScale create(ScaleDraft draft);
    }

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField description = new TextField();
    private final VBox levels = new VBox(6);
    private final Label problems = new Label();

    ScaleEditorDialog(Window owner, Creator creator) {
        initOwner(owner);
        setTitle("New scale");
        setHeaderText("A rating scale of your own");
        code.setId("scale-code");
        code.setPromptText("e.g. four-step");
        name.setId("scale-name");
        name.setPromptText("e.g. Four step");
        description.setId("scale-description");
        description.setPromptText("What the scale is for");
        levels.setId("scale-levels");
        problems.setId("scale-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("danger");
        problems.setVisible(false);
        problems.managedProperty().bind(problems.visibleProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.getColumnConstraints().setAll(RoundDialog.labels(), RoundDialog.fields());
        form.addRow(0, new Label("Code"), code);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Description"), description);

        Button add = new Button("Add level", Icons.of(Feather.PLUS));
        add.setId("scale-add-level");
        add.setOnAction(e -> addLevel());
        ScrollPane scroll = new ScrollPane(levels);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(220);
        Label order = new Label("Levels, from first to last as they will be offered:");
        // No padding of our own on the content: it would replace the theme's, and the form would touch the edges.
        VBox content = new VBox(10, problems, form, order, scroll, add);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(860);
        getDialogPane().setMinWidth(780);
        setResizable(true);
        addLevel();

        ButtonType save = new ButtonType("Save scale", ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("scale-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                setResult(creator.create(draft()));
            } catch (ValidationException refused) {
                showProblems(refused.problems());
                event.consume();
            } catch (RuntimeException failed) {
                showProblems(List.of(Failures.explain("saving the scale", failed)));
                event.consume();
            }
        });
        setResultConverter(button -> button.getButtonData().isCancelButton() ? null : getResult());
        setOnShown(e -> code.requestFocus());
    }

    /** The scale as typed so far. */
    ScaleDraft draft() {
        List<ScaleEditorLevelRow> rows = rows();
        return new ScaleDraft(
                code.getText() == null ? null : code.getText().strip(),
                name.getText() == null ? null : name.getText().strip(),
                description.getText() == null || description.getText().isBlank()
                        ? null
                        : description.getText().strip(),
                rows.stream().map(ScaleEditorLevelRow::draft).toList());
    }

    private List<ScaleEditorLevelRow> rows() {
        return levels.getChildren().stream()
                .map(ScaleEditorLevelRow.class::cast)
                .toList();
    }

    private void addLevel() {
        ScaleEditorLevelRow row = new ScaleEditorLevelRow(this);
        levels.getChildren().add(row);
        row.getChildren().get(0).requestFocus();
    }

    @Override
    public void move(ScaleEditorLevelRow row, int by) {
        int from = levels.getChildren().indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= levels.getChildren().size()) {
            return;
        }
        levels.getChildren().remove(row);
        levels.getChildren().add(to, row);
    }

    @Override
    public void remove(ScaleEditorLevelRow row) {
        levels.getChildren().remove(row);
    }

    private void showProblems(List<String> messages) {
        problems.setText(String.join("\n", messages));
        problems.setVisible(true);
        if (getDialogPane().getScene() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
