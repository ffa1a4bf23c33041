package org.stocktake.app.ui;

import java.util.Arrays;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.stocktake.shared.ui.DialogProblem;
import org.stocktake.workspace.service.Workspace;

/**
 * Asks for a new passphrase, twice, and for the current one when there is one: for changing an encrypted workspace's
 * passphrase and for encrypting a plain workspace. A new passphrase too short, or typed differently the second time,
 * is told in the dialog, which stays open.
 */
final class NewPassphraseDialog {

    /** What was typed; {@code current} is null when none was asked for. Cleared once used. */
    record Choice(char[] current, char[] replacement) {
        void clear() {
            if (current != null) {
                Arrays.fill(current, ' ');
            }
            Arrays.fill(replacement, ' ');
        }
    }

    private NewPassphraseDialog() {}

    /** The question for a passphrase change, or for encrypting when {@code askCurrent} is false. */
    static Optional<Choice> ask(
            Window owner, String title, String header, String hint, String action, boolean askCurrent) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        PasswordField current = new PasswordField();
        current.setId("passphrase-current");
        PasswordField replacement = new PasswordField();
        replacement.setId("passphrase-new");
        PasswordField again = new PasswordField();
        again.setId("passphrase-again");
        Label problem = new Label();
        problem.setId("passphrase-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setPrefWidth(440);
        DialogProblem.hide(problem);
        Label explanation = new Label(hint);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("text-muted");
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.setPrefWidth(440);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        form.add(explanation, 0, row++, 2, 1);
        if (askCurrent) {
            form.addRow(row++, new Label("Current passphrase"), current);
        }
        form.addRow(row++, new Label("New passphrase"), replacement);
        form.addRow(row++, new Label("New passphrase again"), again);
        form.add(problem, 0, row, 2, 1);

        ButtonType confirm = new ButtonType(action, ButtonData.OK_DONE);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("new-passphrase-dialog");
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(confirm);
        ok.setId("passphrase-confirm");
        ok.disableProperty()
                .bind(replacement
                        .textProperty()
                        .isEmpty()
                        .or(again.textProperty().isEmpty())
                        .or(
                                askCurrent
                                        ? current.textProperty().isEmpty()
                                        : replacement.textProperty().isEmpty()));
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            String refusal = refusal(replacement.getText(), again.getText());
            if (refusal != null) {
                DialogProblem.show(problem, dialog, refusal);
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == confirm
                ? new Choice(
                        askCurrent ? current.getText().toCharArray() : null,
                        replacement.getText().toCharArray())
                : null);
        dialog.setOnShown(event -> (askCurrent ? current : replacement).requestFocus());
        Optional<Choice> choice = dialog.showAndWait();
        current.clear();
        replacement.clear();
        again.clear();
        return choice;
    }

    /** Why the new passphrase is refused, or null when it will do. */
    static String refusal(String replacement, String again) {
        if (replacement.length() < Workspace.MIN_PASSPHRASE) {
            return "A passphrase needs at least " + Workspace.MIN_PASSPHRASE + " characters; a few words are best.";
        }
        if (!replacement.equals(again)) {
            return "The two new passphrases differ; type the same one twice.";
        }
        return null;
    }
}
