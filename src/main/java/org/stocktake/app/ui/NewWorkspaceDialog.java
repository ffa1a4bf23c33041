package org.stocktake.app.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.workspace.service.Workspace;

/**
 * Asks whether to make a workspace in a folder that holds none, with the demo or empty, and whether to encrypt it under
 * a passphrase typed twice, so a slip does not lock the workspace away.
 */
final class NewWorkspaceDialog {

    static final ButtonType CREATE_DEMO = new ButtonType("Create with the demo", ButtonData.OK_DONE);
    static final ButtonType CREATE_EMPTY = new ButtonType("Create empty", ButtonData.OTHER);
    static final ButtonType QUIT = new ButtonType("Quit", ButtonData.CANCEL_CLOSE);

    /** The answer: what to fill it with (null to quit), and the passphrase (null for a plain workspace). */
    record Answer(Contents contents, char[] passphrase) {}

    private NewWorkspaceDialog() {}

    /** Shows the question; {@code then} has the answer once it is closed. */
    static Alert ask(Window owner, Path folder, Consumer<Answer> then) {
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, null, CREATE_DEMO, CREATE_EMPTY, QUIT);
        question.initOwner(owner);
        question.setTitle("No workspace here");
        question.setHeaderText("There is no Stocktake workspace in " + folder + ".");
        Label text = new Label("Create one there, with the demo (the Birmingham panel and the Kerslake review) or"
                + " empty? Check the folder's name first if you meant to open a workspace you already have.");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setPrefWidth(440);

        CheckBox encrypt = new CheckBox("Encrypt with a passphrase");
        encrypt.setId("encrypt");
        PasswordField passphrase = new PasswordField();
        passphrase.setId("new-passphrase");
        PasswordField again = new PasswordField();
        again.setId("new-passphrase-again");
        Label hint = new Label("Everything in the workspace is then kept encrypted. At least "
                + Workspace.MIN_PASSPHRASE + " characters; a few words are best. Keep it safe: nothing can recover"
                + " the workspace without it.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setPrefWidth(440);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, new Label("Passphrase"), passphrase);
        form.addRow(1, new Label("Again"), again);
        form.add(hint, 0, 2, 2, 1);
        form.disableProperty().bind(encrypt.selectedProperty().not());

        VBox content = new VBox(12, text, encrypt, form);
        question.getDialogPane().setContent(content);
        question.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        question.getDialogPane().setId("new-workspace-dialog");
        question.getDialogPane().lookupButton(CREATE_DEMO).setId("create-demo");
        question.getDialogPane().lookupButton(CREATE_EMPTY).setId("create-empty");
        question.getDialogPane().lookupButton(QUIT).setId("quit");
        BooleanBinding unfit = encrypt.selectedProperty()
                .and(passphrase
                        .textProperty()
                        .length()
                        .lessThan(Workspace.MIN_PASSPHRASE)
                        .or(passphrase.textProperty().isNotEqualTo(again.textProperty())));
        question.getDialogPane().lookupButton(CREATE_DEMO).disableProperty().bind(unfit);
        question.getDialogPane().lookupButton(CREATE_EMPTY).disableProperty().bind(unfit);
        question.setOnHidden(event -> {
            ButtonType answer = question.getResult();
            char[] typed = encrypt.isSelected() ? passphrase.getText().toCharArray() : null;
            passphrase.clear();
            again.clear();
            if (answer == CREATE_DEMO) {
                then.accept(new Answer(Contents.DEMO, typed));
            } else if (answer == CREATE_EMPTY) {
                then.accept(new Answer(Contents.EMPTY, typed));
            } else {
                if (typed != null) {
                    java.util.Arrays.fill(typed, ' ');
                }
                then.accept(new Answer(null, null));
            }
        });
        question.show();
        return question;
    }
}
