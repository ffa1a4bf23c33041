package org.stocktake.letters.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** What the Templates window asks before it drops, copies or deletes a template. */
final class TemplateQuestions {

    /** The answer to unsaved changes. */
    enum Unsaved {
        SAVE,
        DROP,
        STAY
    }

    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DROP = new ButtonType("Don't save", ButtonBar.ButtonData.NO);

    private TemplateQuestions() {}

    static Unsaved unsaved(Window owner, String name) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save the changes to the template '" + name + "'?");
        ask.setContentText("Don't save drops them.");
        ask.getButtonTypes().setAll(SAVE, DROP, ButtonType.CANCEL);
        ask.getDialogPane().setId("template-unsaved-dialog");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Unsaved.STAY;
        }
        return answer.get() == SAVE ? Unsaved.SAVE : Unsaved.DROP;
    }

    /** The name of a copy, or empty when the person thinks better of it. */
    static Optional<String> copyName(Window owner, String source, boolean unsaved) {
        TextInputDialog ask = new TextInputDialog("Copy of " + source);
        ask.initOwner(owner);
        ask.setTitle("Duplicate");
        ask.setHeaderText(
                unsaved
                        ? "A copy with your unsaved changes; '" + source + "' stays as it was saved."
                        : "A copy of '" + source + "' of your own, to change.");
        ask.setContentText("Name");
        ask.getEditor().setId("template-copy-name");
        ask.getEditor().setPrefColumnCount(30);
        return ask.showAndWait();
    }

    static boolean delete(Window owner, String name) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle("Delete template");
        ask.setHeaderText("Delete the template '" + name + "'?");
        ask.setContentText("Letters already made from it stay as they are.");
        ask.getDialogPane().setId("template-delete-dialog");
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
