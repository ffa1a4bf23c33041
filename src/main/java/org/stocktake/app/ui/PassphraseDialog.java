package org.stocktake.app.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the passphrase of an encrypted workspace, saying so when the last one given was wrong. */
final class PassphraseDialog {

    static final ButtonType UNLOCK = new ButtonType("Open", ButtonData.OK_DONE);

    private PassphraseDialog() {}

    /**
     * Shows the question; {@code then} has the passphrase typed once it is closed (null when cancelled), which it
     * clears once used. {@code problem} is shown above the field when not null.
     */
    static Dialog<char[]> ask(Window owner, Path folder, String problem, Consumer<char[]> then) {
        return ask(
                owner,
                "The workspace in " + folder + " is encrypted.",
                "Type its passphrase to open it.",
                problem,
                then);
    }

    /**
     * As {@link #ask(Window, Path, String, Consumer)}, for a backup of an encrypted workspace: restoring it opens it to
     * check it, under the passphrase the workspace had when the backup was taken.
     */
    static void askForBackup(Window owner, Path backup, String problem, Consumer<char[]> then) {
        ask(
                owner,
                "The backup " + backup.getFileName() + " is of an encrypted workspace.",
                "Type the passphrase the workspace had when the backup was taken: the restored copy is opened with it"
                        + " to be checked.",
                problem,
                then);
    }

    private static Dialog<char[]> ask(
            Window owner, String header, String explanation, String problem, Consumer<char[]> then) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Encrypted workspace");
        dialog.setHeaderText(header);
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setPrefWidth(420);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("unlock-passphrase");
        VBox content = new VBox(10, text, passphrase);
        if (problem != null) {
            Label wrong = new Label(problem);
            wrong.setId("unlock-problem");
            wrong.setWrapText(true);
            wrong.setMinHeight(Region.USE_PREF_SIZE);
            wrong.setPrefWidth(420);
            wrong.getStyleClass().add("danger");
            content.getChildren().add(1, wrong);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("passphrase-dialog");
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().setAll(UNLOCK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(UNLOCK).setId("unlock-open");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("unlock-cancel");
        dialog.getDialogPane()
                .lookupButton(UNLOCK)
                .disableProperty()
                .bind(passphrase.textProperty().isEmpty());
        dialog.setResultConverter(
                button -> button == UNLOCK ? passphrase.getText().toCharArray() : null);
        dialog.setOnShown(event -> passphrase.requestFocus());
        dialog.setOnHidden(event -> {
            passphrase.clear();
            then.accept(dialog.getResult());
        });
        dialog.show();
        return dialog;
    }
}
