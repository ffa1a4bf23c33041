package org.stocktake.assessments.ui;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.assessments.service.LevelDraft;
import org.stocktake.shared.ui.Icons;

/**
 * One level being defined: its code, label, meaning, colour and whether it counts as a rating, with buttons to move
 * it or take it out. The fields carry style classes rather than ids, since rows move.
 */
final class ScaleEditorLevelRow extends HBox {

    /** What the row's buttons ask of the list it is in. */
    interface Moves {
        void move(ScaleEditorLevelRow row, int by);

        void remove(ScaleEditorLevelRow row);
    }

    private final TextField code = field("level-code", "Code", 70);
    private final TextField label = field("level-label", "Label", 150);
    private final TextField meaning = field("level-meaning", "Meaning", 220);
    // A new level starts neutral grey until the user picks its colour.
    private final ColorPicker colour = new ColorPicker(Color.web("#9E9E9E"));
    private final CheckBox counts = new CheckBox("Counts as a rating");

    ScaleEditorLevelRow(Moves moves) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("level-row");
        colour.getStyleClass().add("level-colour");
        counts.getStyleClass().add("level-counts");
        counts.setSelected(true);
        // The meaning is free text and gives way; the colour and the check box always show whole.
        HBox.setHgrow(meaning, Priority.ALWAYS);
        meaning.setMinWidth(100);
        code.setMinWidth(60);
        label.setMinWidth(110);
        colour.setMinWidth(USE_PREF_SIZE);
        counts.setMinWidth(USE_PREF_SIZE);
        Button up = button(Feather.ARROW_UP, "level-up", "Move up");
        up.setOnAction(e -> moves.move(this, -1));
        Button down = button(Feather.ARROW_DOWN, "level-down", "Move down");
        down.setOnAction(e -> moves.move(this, 1));
        Button remove = button(Feather.TRASH_2, "level-remove", "Remove this level");
        remove.setOnAction(e -> moves.remove(this));
        getChildren().setAll(code, label, meaning, colour, counts, up, down, remove);
    }

    /** The level as typed; blank fields become null so the draft reports them. */
    LevelDraft draft() {
        return new LevelDraft(
                blankToNull(code.getText()),
                blankToNull(label.getText()),
                blankToNull(meaning.getText()),
                hex(colour.getValue()),
                counts.isSelected());
    }

    static String hex(Color c) {
        return String.format(
                Locale.ROOT,
                "#%02X%02X%02X",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static TextField field(String styleClass, String prompt, double width) {
        TextField field = new TextField();
        field.getStyleClass().add(styleClass);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        return field;
    }

    private static Button button(Feather icon, String styleClass, String tip) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(styleClass, "flat");
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
