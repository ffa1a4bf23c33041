package org.stocktake.members.ui;

import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.stocktake.members.service.MemberRole;
import org.stocktake.members.service.MemberService;
import org.stocktake.shared.ui.DialogProblem;

/**
 * Makes a person of the panel register a member: who, their user name, their role and perhaps a password, typed
 * twice. A refusal is shown in the dialog, which stays open with everything typed, so it can be put right. While the
 * workspace has no members the role is the chair's, as the first member's must be.
 */
final class AddMemberDialog {

    private AddMemberDialog() {}

    static Dialog<Boolean> ask(Window owner, MembersViewModel model) {
        boolean first = model.members().isEmpty();
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(first ? "Add the chair" : "Add a member");
        dialog.setHeaderText(first ? "Add the chair, the workspace's first member" : "Add a member");
        ComboBox<String> person = new ComboBox<>(model.people());
        person.setId("member-person");
        person.setPromptText("Choose from the panel register");
        person.setMaxWidth(Double.MAX_VALUE);
        TextField userName = new TextField();
        userName.setId("member-user-name");
        userName.setPromptText("one word, e.g. john");
        person.valueProperty().addListener((obs, old, now) -> {
            String suggested = old == null ? "" : suggestion(old);
            if (now != null
                    && (userName.getText().isEmpty() || userName.getText().equals(suggested))) {
                userName.setText(suggestion(now));
            }
        });
        ComboBox<MemberRole> role = new ComboBox<>();
        role.setId("member-role");
        role.getItems().setAll(model.rolesForNew());
        role.setValue(first ? MemberRole.CHAIR : MemberRole.MEMBER);
        role.setDisable(first);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(MemberRole value) {
                return value == null ? "" : value.label();
            }

            @Override
            public MemberRole fromString(String text) {
                return MemberRole.parse(text);
            }
        });
        PasswordField password = new PasswordField();
        password.setId("member-password");
        PasswordField again = new PasswordField();
        again.setId("member-password-again");
        Label explanation = MembersScreen.wrapped(
                first
                        ? "The first member must be the chair, so that someone can manage the members. Once the chair"
                                + " has a password, others are asked to sign in when they open the workspace."
                        : "A password is asked when they sign in; leave it empty for a member who signs in by name"
                                + " alone. It needs at least " + MemberService.MINIMUM_PASSWORD + " characters.",
                "text-muted");
        explanation.setPrefWidth(460);
        Label problem = MembersScreen.wrapped("", "danger");
        problem.setId("member-problem");
        problem.setPrefWidth(460);
        DialogProblem.hide(problem);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.add(explanation, 0, 0, 2, 1);
        form.addRow(1, new Label("Person"), person);
        form.addRow(2, new Label("User name"), userName);
        form.addRow(3, new Label("Role"), role);
        form.addRow(4, new Label("Password"), password);
        form.addRow(5, new Label("Password again"), again);
        form.add(problem, 0, 6, 2, 1);

        ButtonType confirm = new ButtonType(first ? "Add the chair" : "Add", ButtonData.OK_DONE);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("add-member-dialog");
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(confirm);
        ok.setId("member-confirm");
        ok.disableProperty()
                .bind(person.valueProperty()
                        .isNull()
                        .or(userName.textProperty().isEmpty())
                        .or(model.workingProperty()));
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog closes only once the member is added; a refusal leaves everything typed in place.
            event.consume();
            model.add(
                    person.getValue(),
                    userName.getText(),
                    role.getValue(),
                    password.getText().toCharArray(),
                    again.getText().toCharArray(),
                    () -> {
                        dialog.setResult(Boolean.TRUE);
                        dialog.close();
                    },
                    sentence -> {
                        DialogProblem.show(problem, dialog, sentence);
                    });
        });
        dialog.setResultConverter(button -> button == confirm ? Boolean.TRUE : null);
        dialog.setOnHidden(event -> {
            password.clear();
            again.clear();
        });
        dialog.setOnShown(event -> person.requestFocus());
        dialog.show();
        return dialog;
    }

    /** A user name from a person's first name: "John Crabtree" signs in as "john". */
    static String suggestion(String fullName) {
        String first = fullName.strip().split("\\s+")[0];
        return first.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]", "");
    }
}
