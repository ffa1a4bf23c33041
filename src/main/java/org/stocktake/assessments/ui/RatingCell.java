package org.stocktake.assessments.ui;

import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.HistoryEntry;
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
        Assessment row = empty || getTableRow() == null ? null : getTableRow().getItem();
        HistoryEntry corrected = model.history().correctionOf(row);
        if (empty || (level == null && corrected == null)) {
            setGraphic(null);
            return;
        }
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        if (level != null) {
            RatingChip chip = new RatingChip(level);
            // Where the column is narrow the chip's label gives way; the code stays, and the tooltip has it all.
            chip.setMinWidth(0);
            chip.getStyleClass().add(Styles.ELIDES);
            box.getChildren().add(chip);
        }
        if (corrected != null) {
            Label was = new Label(
                    corrected.level() == null
                            ? "was none"
                            : "was " + corrected.level().code());
            was.getStyleClass().add("was-level");
            was.setMinWidth(Region.USE_PREF_SIZE);
            was.setTooltip(new Tooltip(ChangeMarkerCell.correctionText(corrected)));
            box.getChildren().add(was);
        }
        box.maxWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset()));
        setGraphic(box);
        if (row != null && row.isCarried()) {
            setTooltip(new Tooltip("Carried from the previous round: press Space to confirm it still holds, or type"
                    + " a new rating."));
        } else {
            setTooltip(null);
        }
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
        if (row().isCarried()) {
            MenuItem confirm = new MenuItem("Confirm the carried assessment (Space)");
            confirm.setOnAction(e -> model.edits().confirm(row()));
            menu.getItems().add(0, confirm);
            menu.getItems().add(1, new SeparatorMenuItem());
        }
        return menu;
    }

    private Assessment row() {
        return getTableRow().getItem();
    }
}
