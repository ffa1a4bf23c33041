package org.stocktake.backup.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.stocktake.shared.ui.FileDialogs;

/** Asks for the backup file to restore and the new folder to restore it into. */
final class RestoreDialog {

    /** What the person chose. */
    record Choice(Path backup, Path folder) {}

    private RestoreDialog() {}

    static Optional<Choice> ask(Window owner, FileDialogs files) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Restore from backup");
        dialog.setHeaderText("Restore a backup into a new folder");
        TextField backup = new TextField();
        backup.setId("restore-backup");
        backup.setPromptText("The backup file (.zip)");
        backup.setPrefColumnCount(28);
        Button chooseBackup = new Button("Choose…");
        chooseBackup.setId("restore-choose-backup");
        chooseBackup.setMinWidth(Region.USE_PREF_SIZE);
        chooseBackup.setOnAction(e -> files.open(owner, "Backup to restore", "Stocktake backup", "*.zip")
                .ifPresent(p -> backup.setText(p.toString())));
        TextField folder = new TextField();
        folder.setId("restore-folder");
        folder.setPromptText("A new or empty folder");
        Button chooseFolder = new Button("Choose…");
        chooseFolder.setId("restore-choose-folder");
        chooseFolder.setMinWidth(Region.USE_PREF_SIZE);
        chooseFolder.setOnAction(
                e -> files.folder(owner, "Folder to restore into").ifPresent(p -> folder.setText(p.toString())));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields, new ColumnConstraints());
        form.addRow(0, new Label("Backup file"), backup, chooseBackup);
        form.addRow(1, new Label("New folder"), folder, chooseFolder);
        Label hint = new Label("The open workspace is not changed. Every file is checked against the backup's"
                + " manifest, and the restored workspace must open and pass the audit check before it is kept.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setPrefWidth(420);
        form.add(hint, 0, 2, 3, 1);

        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("restore-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(backup.textProperty().isEmpty().or(folder.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Choice(
                        Path.of(backup.getText().strip()),
                        Path.of(folder.getText().strip()))
                : null);
        return dialog.showAndWait();
    }
}
