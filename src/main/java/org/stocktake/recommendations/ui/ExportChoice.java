package org.stocktake.recommendations.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stocktake.recommendations.service.Review;

/** Asks which review to export when the register shows them all: an export file holds one review. */
final class ExportChoice {

    private ExportChoice() {}

    /** The review chosen, or empty when the user cancels. */
    static Optional<Review> ask(Window owner, List<Review> reviews) {
        Dialog<Review> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export recommendations");
        dialog.setHeaderText("Which review's recommendations do you want to export?");
        ComboBox<Review> choice = new ComboBox<>();
        choice.setId("export-review");
        choice.setConverter(new ReviewConverter());
        choice.setButtonCell(ReviewConverter.buttonCell());
        choice.getItems().setAll(reviews);
        choice.getSelectionModel().selectFirst();
        choice.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label("A file holds one review. Choose it here, then where to save the file.");
        note.setWrapText(true);
        VBox content = new VBox(10, note, choice);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType next = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(next, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(next)).setId("export-review-confirm");
        dialog.setResultConverter(button -> button == next ? choice.getValue() : null);
        return dialog.showAndWait();
    }
}
