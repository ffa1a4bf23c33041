package org.stocktake.assessments.ui;

import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.input.MouseButton;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RatingScale;

/**
 * A row's rating as a chip. It is set from the keyboard (see {@link GridKeys}); with the mouse, a double click or the
 * context menu offers the scale's levels.
 */
final class RatingCell extends TableCell<Assessment, RatingLevel> {

    private final AssessmentGridViewModel model;

    RatingCell(AssessmentGridViewModel model) {
        this.model = model;
        getStyleClass().add("rating-cell");
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

    @Override
    protected void updateItem(RatingLevel level, boolean empty) {
        super.updateItem(level, empty);
        setText(null);
        setGraphic(empty || level == null ? null : new RatingChip(level));
    }

    /** Opens the list of levels under the cell. */
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
        RatingScale scale = model.scaleProperty().get();
        if (scale != null) {
            for (RatingLevel level : scale.levels()) {
                MenuItem item = new MenuItem(null, new RatingChip(level));
                item.setOnAction(e -> model.edits().setLevel(row(), level));
                menu.getItems().add(item);
            }
        }
        MenuItem clear = new MenuItem("Clear the rating (Delete)");
        clear.setOnAction(e -> model.edits().setLevel(row(), null));
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
        return menu;
    }

    private Assessment row() {
        return getTableRow().getItem();
    }
}
