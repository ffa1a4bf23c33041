package org.stocktake.letters.ui;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Asks whose self-signed certificate to make and its keystore's password, twice so a slip does not lock it away. */
final class CertificateDialog {

    /** What the person gave; the caller wipes the password once the keystore is written. */
    record Request(String name, char[] password) {}

    private CertificateDialog() {}

    static Optional<Request> ask(Window owner, String suggestedName) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Self-signed certificate");
        dialog.setHeaderText("Make a certificate to sign letters with");
        TextField name = new TextField(suggestedName);
        name.setId("certificate-name");
        PasswordField password = new PasswordField();
        password.setId("certificate-password");
        PasswordField again = new PasswordField();
        again.setId("certificate-password-again");
        Label hint = new Label("It is marked as self-signed: a reader sees who signed, but no authority vouches for"
                + " the name. The password needs at least eight characters; keep it and the keystore safe, since neither can be"
                + " recovered.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setPrefWidth(380);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, new Label("Your name"), name);
        form.addRow(1, new Label("Password"), password);
        form.addRow(2, new Label("Again"), again);
        form.add(hint, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("certificate-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(name.textProperty()
                        .isEmpty()
                        .or(password.textProperty().length().lessThan(8))
                        .or(password.textProperty().isNotEqualTo(again.textProperty())));
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            char[] typed = password.getText().toCharArray();
            password.clear();
            again.clear();
            return new Request(name.getText().strip(), Arrays.copyOf(typed, typed.length));
        });
        return dialog.showAndWait();
    }
}
