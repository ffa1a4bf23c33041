package org.stocktake.evidence.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stocktake.evidence.service.AddSummary;

/** What adding files did, in one dialog: how many went in, and each file refused with its reason. */
final class AddSummaryDialog {

    private AddSummaryDialog() {}

    static void show(Window owner, AddSummary summary) {
        Alert alert = new Alert(
                summary.refused().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Files added");
        alert.setHeaderText(summary.headline());
        alert.getDialogPane().setId("evidence-add-summary");
        VBox body = new VBox(6);
        if (!summary.refused().isEmpty()) {
            Label why = new Label("Not added:");
            ListView<String> refused = new ListView<>();
            refused.setId("evidence-refused");
            summary.refused().forEach(r -> refused.getItems().add(r.reason()));
            refused.setPrefHeight(Math.min(240, 28 * summary.refused().size() + 6));
            refused.setPrefWidth(520);
            body.getChildren().addAll(why, refused);
        }
        for (AddSummary.Duplicate duplicate :
                summary.duplicates().stream().limit(5).toList()) {
            Label line = new Label(duplicate.file() + " is already in the library as \u201c"
                    + duplicate.existing().title() + "\u201d.");
            line.setWrapText(true);
            line.setMaxWidth(520);
            line.setMinHeight(Region.USE_PREF_SIZE);
            body.getChildren().add(line);
        }
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }
}
