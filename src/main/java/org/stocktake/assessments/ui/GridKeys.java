package org.stocktake.assessments.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyEvent;
import org.stocktake.assessments.service.Assessment;

/**
 * Fast keyboard entry in the grid. In Rating, a level's initial sets it at once (again to cycle through levels
 * sharing it); in Direction, I, S or D; Backspace or Delete clears either; Space confirms a row carried from the last
 * round as it stands. Typing in Commentary starts editing it.
 * Tab and Shift+Tab move across the editable columns, row after row. Each change is saved as it is made.
 */
final class GridKeys {

    private final AssessmentTable table;
    private final AssessmentGridViewModel model;

    private GridKeys(AssessmentTable table, AssessmentGridViewModel model) {
        this.table = table;
        this.model = model;
    }

    static void install(AssessmentTable table, AssessmentGridViewModel model) {
        GridKeys keys = new GridKeys(table, model);
        table.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
        table.addEventHandler(KeyEvent.KEY_TYPED, keys::typed);
    }

    private void pressed(KeyEvent event) {
        int row = table.focusedRow();
        TableColumn<Assessment, ?> column = table.focusedColumn();
        if (table.getEditingCell() != null || row < 0 || column == null || event.isShortcutDown()) {
            return;
        }
        Assessment item = table.getItems().get(row);
        switch (event.getCode()) {
            case TAB -> table.moveAcross(row, column, event.isShiftDown() ? -1 : 1);
            case SPACE -> {
                if (!item.isCarried() || model.edits().refusedAsFinal()) {
                    return;
                }
                model.edits().confirm(item);
                table.focusCell(row, column);
            }
            case BACK_SPACE, DELETE -> {
                if (column == table.rating) {
                    model.edits().setLevel(item, null);
                } else if (column == table.direction) {
                    model.edits().setDirection(item, null);
                } else {
                    return;
                }
                table.focusCell(row, column);
            }
            case ENTER, F2 -> {
                if (column == table.commentary) {
                    startEditing(row, "");
                } else if (!showChoices(row, column)) {
                    return;
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void typed(KeyEvent event) {
        String typed = event.getCharacter();
        int row = table.focusedRow();
        TableColumn<Assessment, ?> column = table.focusedColumn();
        if (table.getEditingCell() != null
                || row < 0
                || column == null
                || typed.isBlank()
                || Character.isISOControl(typed.charAt(0))
                || event.isShortcutDown()
                || event.isAltDown()) {
            return;
        }
        Assessment item = table.getItems().get(row);
        if (column == table.rating) {
            model.edits().typeLevel(item, typed);
            table.focusCell(row, column);
        } else if (column == table.direction) {
            model.edits().typeDirection(item, typed);
            table.focusCell(row, column);
        } else if (column == table.commentary) {
            startEditing(row, typed);
        } else {
            return;
        }
        event.consume();
    }

    private void startEditing(int row, String typed) {
        if (model.edits().refusedAsFinal()) {
            return;
        }
        table.startTyping(row, typed);
    }

    private boolean showChoices(int row, TableColumn<Assessment, ?> column) {
        TableCell<?, ?> cell = table.cellAt(row, column);
        if (cell instanceof RatingCell ratingCell) {
            ratingCell.showChoices();
            return true;
        }
        if (cell instanceof DirectionCell directionCell) {
            directionCell.showChoices();
            return true;
        }
        return false;
    }
}
