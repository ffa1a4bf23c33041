package org.stocktake.assessments.ui;

import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.input.MouseButton;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.Direction;

/** A row's direction of travel as its arrow and word; typed as I, S or D, or chosen from the context menu. */
final class DirectionCell extends TableCell<Assessment, Direction> {

    private final AssessmentGridViewModel model;

    DirectionCell(AssessmentGridViewModel model) {
        this.model = model;
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                showChoices();
            }
        });
        setOnContextMenuRequested(event -> {
            if (canChoose()) {
                choices().show(this, event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
    }

    static String text(Direction direction) {
        return direction == null ? "" : direction.arrow() + " " + direction.label();
    }

    @Override
    protected void updateItem(Direction direction, boolean empty) {
        super.updateItem(direction, empty);
        setText(empty ? null : text(direction));
    }

    void showChoices() {
        if (canChoose()) {
            choices().show(this, Side.BOTTOM, 0, 0);
        }
    }

    private boolean canChoose() {
        return !isEmpty()
                && getTableRow() != null
                && getTableRow().getItem() != null
                && !model.readOnlyProperty().get();
    }

    private ContextMenu choices() {
        ContextMenu menu = new ContextMenu();
        for (Direction direction : Direction.values()) {
            MenuItem item =
                    new MenuItem(text(direction) + "  (" + direction.label().charAt(0) + ")");
            item.setOnAction(e -> model.edits().setDirection(getTableRow().getItem(), direction));
            menu.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear the direction (Delete)");
        clear.setOnAction(e -> model.edits().setDirection(getTableRow().getItem(), null));
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
        return menu;
    }
}
