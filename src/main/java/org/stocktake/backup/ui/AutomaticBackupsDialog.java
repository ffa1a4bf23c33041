package org.stocktake.backup.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.stocktake.backup.service.AutomaticBackups.Schedule;
import org.stocktake.shared.ui.FileDialogs;

/** Sets how often the window backs the workspace up, how many backups it keeps, and where. */
final class AutomaticBackupsDialog {

    private AutomaticBackupsDialog() {}

    static Optional<Schedule> ask(Window owner, FileDialogs files, Schedule now) {
        Dialog<Schedule> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Automatic backups");
        dialog.setHeaderText("Back up this workspace while the window is open");
        CheckBox on = new CheckBox("Back up automatically");
        on.setId("automatic-on");
        on.setSelected(now.on());
        Spinner<Integer> hours = new Spinner<>(1, Schedule.MOST_HOURS, now.everyHours());
        hours.setId("automatic-hours");
        hours.setEditable(true);
        Spinner<Integer> keep = new Spinner<>(1, Schedule.MOST_KEPT, now.keep());
        keep.setId("automatic-keep");
        keep.setEditable(true);
        TextField folder = new TextField(now.folder().toString());
        folder.setId("automatic-folder");
        folder.setPrefColumnCount(28);
        Button choose = new Button("Choose…");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(
                e -> files.folder(owner, "Folder for automatic backups").ifPresent(p -> folder.setText(p.toString())));
        hours.disableProperty().bind(on.selectedProperty().not());
        keep.disableProperty().bind(on.selectedProperty().not());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields, new ColumnConstraints());
        form.add(on, 0, 0, 3, 1);
        form.addRow(1, new Label("Every (hours)"), hours);
        form.addRow(2, new Label("Backups kept"), keep);
        form.addRow(3, new Label("Folder"), folder, choose);
        Label hint = new Label("The oldest backup is removed only once a new one is complete. A folder on another"
                + " disk keeps the backups safe if this one fails.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setPrefWidth(420);
        form.add(hint, 0, 4, 3, 1);

        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("automatic-backups-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(folder.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Schedule(
                        on.isSelected(),
                        hours.getValue(),
                        keep.getValue(),
                        Path.of(folder.getText().strip()))
                : null);
        return dialog.showAndWait();
    }
}
