package org.stocktake.app.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks a member of the workspace for their user name and password, saying why when the last try was refused. Shown
 * only for a workspace whose members have passwords; one without members, or with a lone member without one, opens as
 * before.
 */
final class SignInDialog {

    static final ButtonType SIGN_IN = new ButtonType("Sign in", ButtonData.OK_DONE);

    /** What was typed; the caller clears the password once it is used. */
    record Typed(String user, char[] password) {}

    private SignInDialog() {}

    /**
     * Shows the question with {@code user} filled in; {@code then} has what was typed once it is closed (null when
     * cancelled). {@code problem} is shown above the fields when not null.
     */
    static Dialog<Typed> ask(Window owner, Path folder, String user, String problem, Consumer<Typed> then) {
        Dialog<Typed> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Sign in");
        dialog.setHeaderText("Sign in to the workspace in " + folder + ".");
        Label text = new Label("Its members sign in with their user name and password.");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setPrefWidth(420);
        TextField name = new TextField(user);
        name.setId("sign-in-user");
        PasswordField password = new PasswordField();
        password.setId("sign-in-password");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("User name"), name);
        form.addRow(1, new Label("Password"), password);
        VBox content = new VBox(10, text, form);
        if (problem != null) {
            Label wrong = new Label(problem);
            wrong.setId("sign-in-problem");
            wrong.setWrapText(true);
            wrong.setMinHeight(Region.USE_PREF_SIZE);
            wrong.setPrefWidth(420);
            wrong.getStyleClass().add("danger");
            content.getChildren().add(1, wrong);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("sign-in-dialog");
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().setAll(SIGN_IN, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(SIGN_IN).setId("sign-in-open");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("sign-in-cancel");
        dialog.getDialogPane()
                .lookupButton(SIGN_IN)
                .disableProperty()
                .bind(name.textProperty().isEmpty().or(password.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == SIGN_IN
                ? new Typed(name.getText().strip(), password.getText().toCharArray())
                : null);
        dialog.setOnShown(event -> (user == null || user.isBlank() ? name : password).requestFocus());
        dialog.setOnHidden(event -> {
            password.clear();
            then.accept(dialog.getResult());
        });
        dialog.show();
        return dialog;
    }
}
