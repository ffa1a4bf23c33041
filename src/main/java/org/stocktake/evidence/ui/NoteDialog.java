package org.stocktake.evidence.ui;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the note to attach to a highlighted passage. */
final class NoteDialog {

    private NoteDialog() {}

    /** The note typed (possibly empty), or empty when the person cancels. */
    static Optional<String> ask(Window owner, String quote) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Highlight and note");
        dialog.setHeaderText("Highlight \u201c" + shortened(quote) + "\u201d");
        TextArea note = new TextArea();
        note.setId("note-text");
        note.setPromptText("A note on this passage (optional)");
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setPrefColumnCount(40);
        Label hint = new Label("The note is signed with your name and today's date.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(new VBox(8, note, hint));
        dialog.getDialogPane().setId("note-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResultConverter(button -> button == ButtonType.OK ? note.getText() : null);
        note.requestFocus();
        return dialog.showAndWait();
    }

    private static String shortened(String quote) {
        String one = quote.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "\u2026";
    }
}
