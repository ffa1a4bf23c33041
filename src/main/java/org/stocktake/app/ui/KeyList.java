package org.stocktake.app.ui;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help > Keyboard shortcuts (F1): every key the window knows, as a table of keys and what they do. */
final class KeyList {

    /** One line of the table. */
    record Key(String keys, String does) {}

    static final List<Key> KEYS = List.of(
            new Key("Ctrl+F", "Filter the register (Esc clears, Down moves to the table)"),
            new Key("Ctrl+F in Evidence", "Find in the open document, or search the library when none is open"),
            new Key("Enter, Shift+Enter", "In the document's find bar: next, previous match (Esc closes it)"),
            new Key("Ctrl+N", "New recommendation"),
            new Key("Enter or F2", "Edit the selected recommendation"),
            new Key("Delete", "Delete the selected recommendation (Ctrl+Z brings it back)"),
            new Key("Ctrl+Z", "Undo"),
            new Key("Ctrl+Shift+Z or Ctrl+Y", "Redo"),
            new Key("Ctrl+G", "Group the register by theme"),
            new Key("Ctrl+I, Ctrl+E", "Import, export recommendations"),
            new Key("A level's initial", "In the assessment grid: rate the recommendation"),
            new Key("I, S or D", "In the assessment grid: improving, static or declining"),
            new Key("Tab, Enter", "In the assessment grid: next cell, write commentary"),
            new Key("Ctrl+1 … Ctrl+" + Area.values().length, "The areas, in the order of the navigation"),
            new Key("Ctrl+Shift+V", "Verify the audit trail"),
            new Key("Ctrl+Shift+D", "Dark theme"),
            new Key("F1", "This list"),
            new Key("Ctrl+Q", "Quit"));

    private KeyList() {}

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        ScrollPane scroll = new ScrollPane(table());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        scroll.setMaxHeight(Double.MAX_VALUE);
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setPrefWidth(700);
        alert.setResizable(true);
        alert.showAndWait();
    }

    private static GridPane table() {
        GridPane grid = new GridPane();
        grid.setId("key-list");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints does = new ColumnConstraints();
        does.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, does);
        int row = 0;
        for (Key key : KEYS) {
            Label keysLabel = new Label(key.keys());
            GridPane.setValignment(keysLabel, VPos.TOP);
            keysLabel.getStyleClass().add("key-name");
            Label doesLabel = new Label(key.does());
            doesLabel.setWrapText(true);
            grid.addRow(row++, keysLabel, doesLabel);
        }
        return grid;
    }
}
