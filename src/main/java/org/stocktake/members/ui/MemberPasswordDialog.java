package org.stocktake.members.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.stocktake.members.service.Member;
import org.stocktake.members.service.MemberService;
import org.stocktake.shared.ui.DialogProblem;

/**
 * Sets or changes a member's password, typed twice, or removes it when both are left empty. A refusal is shown in the
 * dialog, which stays open.
 */
final class MemberPasswordDialog {

    private MemberPasswordDialog() {}

    static Dialog<Boolean> ask(Window owner, MembersViewModel model, Member member) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Member's password");
        dialog.setHeaderText((member.passwordSet() ? "Change " : "Set ") + member.personName() + "'s password");
        PasswordField password = new PasswordField();
        password.setId("member-new-password");
        PasswordField again = new PasswordField();
        again.setId("member-new-password-again");
        Label explanation = MembersScreen.wrapped(
                "It is asked whenever " + member.personName() + " signs in, and needs at least "
                        + MemberService.MINIMUM_PASSWORD + " characters; a few words are best."
                        + (member.passwordSet() ? " Leave both empty to remove it." : ""),
                "text-muted");
        explanation.setPrefWidth(420);
        Label problem = MembersScreen.wrapped("", "danger");
        problem.setId("member-password-problem");
        problem.setPrefWidth(420);
        DialogProblem.hide(problem);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().setAll(labels, new ColumnConstraints());
        form.add(explanation, 0, 0, 2, 1);
        form.addRow(1, new Label("New password"), password);
        form.addRow(2, new Label("New password again"), again);
        form.add(problem, 0, 3, 2, 1);

        ButtonType confirm = new ButtonType("Save password", ButtonData.OK_DONE);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("member-password-dialog");
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(confirm);
        ok.setId("member-password-confirm");
        ok.disableProperty()
                .bind(model.workingProperty()
                        .or(
                                member.passwordSet()
                                        ? model.workingProperty()
                                        : password.textProperty().isEmpty()));
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.setPassword(
                    member,
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
        dialog.setOnShown(event -> password.requestFocus());
        dialog.show();
        return dialog;
    }
}
