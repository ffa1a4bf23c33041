package org.stocktake.letters.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.shared.ui.Icons;

/** One part of the letter's body in the editor: what it is, its text, and moving, commenting on or removing it. */
final class BlockEditor extends HBox {

    /** What a person may do to a part besides typing in it. */
    interface Actions {
        void move(EditableBlock block, int by);

        void remove(EditableBlock block);

        void comment(EditableBlock block);

        /** Whether a part may be commented on (a letter's may; a template's may not). */
        default boolean takesComments() {
            return true;
        }
    }

    private final TextArea text = new TextArea();

    BlockEditor(EditableBlock block, Actions actions, Consumer<TextArea> focused) {
        super(8);
        getStyleClass().add("letter-block");
        setPadding(new Insets(4, 0, 4, 0));
        ComboBox<BlockKind> kind = new ComboBox<>();
        kind.getItems().setAll(BlockKind.values());
        kind.valueProperty().bindBidirectional(block.kindProperty());
        kind.setPrefWidth(150);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        kind.getStyleClass().add("block-kind");
        text.textProperty().bindBidirectional(block.textProperty());
        text.setWrapText(true);
        text.getStyleClass().add("block-text");
        text.setId("block-" + block.id());
        rows(block);
        text.textProperty().addListener((obs, old, now) -> rows(block));
        text.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                focused.accept(text);
            }
        });
        block.kindProperty().addListener((obs, old, now) -> style(now));
        style(block.kindProperty().get());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox buttons = new HBox(
                2,
                button(Feather.ARROW_UP, "Move up", () -> actions.move(block, -1)),
                button(Feather.ARROW_DOWN, "Move down", () -> actions.move(block, 1)),
                button(Feather.MESSAGE_SQUARE, "Comment on this part", () -> actions.comment(block)),
                button(Feather.TRASH_2, "Remove this part", () -> actions.remove(block)));
        if (!actions.takesComments()) {
            buttons.getChildren().remove(2);
        }
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox side = new VBox(4, kind, buttons);
        side.setMinWidth(Region.USE_PREF_SIZE);
        if (block.kindProperty().get() == BlockKind.NOTE) {
            kind.setTooltip(new Tooltip("A note among the drafters: never printed"));
        }
        if (block.origin() != null) {
            Label fromData = new Label("From the panel's data");
            fromData.getStyleClass().addAll("text-small", "text-muted");
            fromData.setWrapText(true);
            fromData.setMaxWidth(150);
            fromData.setTooltip(new Tooltip("Inserted from " + block.origin().source() + " on "
                    + block.origin().insertedAt().toString().substring(0, 10)));
            side.getChildren().add(fromData);
        }
        setFillHeight(false);
        getChildren().setAll(side, text);
    }

    TextArea text() {
        return text;
    }

    private void rows(EditableBlock block) {
        String value = text.getText() == null ? "" : text.getText();
        int lines = (int) value.lines().count() + value.length() / 70;
        text.setPrefRowCount(
                Math.max(block.kindProperty().get() == BlockKind.HEADING ? 1 : 2, Math.min(14, lines + 1)));
    }

    private void style(BlockKind kind) {
        text.getStyleClass().removeAll("block-heading", "block-quotation", "block-note");
        switch (kind) {
            case HEADING -> text.getStyleClass().add("block-heading");
            case QUOTATION -> text.getStyleClass().add("block-quotation");
            case NOTE -> text.getStyleClass().add("block-note");
            default -> {}
        }
    }

    private static Button button(Feather icon, String tip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll("flat", "small");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
