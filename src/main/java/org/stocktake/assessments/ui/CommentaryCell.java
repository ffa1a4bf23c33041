package org.stocktake.assessments.ui;

import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.stocktake.assessments.service.Assessment;

/**
 * A row's commentary, edited in place. Enter saves and moves to the next row's rating, Tab saves and moves across,
 * Escape gives up the edit. Leaving the cell any other way (a click elsewhere, another round) saves what was typed,
 * so nothing is lost silently.
 */
final class CommentaryCell extends TwoLineCell {

    private final AssessmentGridViewModel model;
    private TextField field;
    private boolean escaping;
    private boolean committing;

    CommentaryCell(AssessmentGridViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.ELIDES);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        if (field == null) {
            field = createField();
        }
        String seed = ((AssessmentTable) getTableView()).takeSeed();
        field.setText(text(getItem()) + (seed == null ? "" : seed));
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.end();
    }

    @Override
    public void cancelEdit() {
        boolean keep =
                !escaping && !committing && field != null && !field.getText().equals(text(getItem()));
        Assessment row = getTableRow() == null ? null : getTableRow().getItem();
        String typed = field == null ? null : field.getText();
        super.cancelEdit();
        show(getItem());
        if (keep && row != null) {
            // Left by a click elsewhere rather than Escape: what was typed is saved, not dropped.
            model.edits().setCommentary(row, typed);
        }
    }

    @Override
    protected void updateItem(String commentary, boolean empty) {
        super.updateItem(commentary, empty);
        if (isEditing() && !empty) {
            setText(null);
            setGraphic(field);
        } else {
            show(empty ? null : commentary);
        }
    }

    private void show(String commentary) {
        setGraphic(null);
        setText(commentary);
        if (commentary == null) {
            setTooltip(null);
        } else {
            Tooltip tip = new Tooltip(commentary);
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setTooltip(tip);
        }
    }

    private TextField createField() {
        TextField created = new TextField();
        created.setId("commentary-editor");
        created.setOnAction(event -> {
            leave(AssessmentTable.Leave.NEXT_ROW);
            event.consume();
        });
        created.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB) {
                leave(event.isShiftDown() ? AssessmentTable.Leave.BACK : AssessmentTable.Leave.ACROSS);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                escaping = true;
                try {
                    cancelEdit();
                } finally {
                    escaping = false;
                }
                getTableView().requestFocus();
                event.consume();
            }
        });
        created.focusedProperty().addListener((obs, had, has) -> {
            if (had && !has && isEditing()) {
                commit();
            }
        });
        return created;
    }

    private void leave(AssessmentTable.Leave how) {
        int index = getIndex();
        commit();
        ((AssessmentTable) getTableView()).leaveCommentary(index, how);
    }

    /** Saves through the column's commit handler; the row being replaced meanwhile must not save it twice. */
    private void commit() {
        committing = true;
        try {
            commitEdit(field.getText());
        } finally {
            committing = false;
        }
    }

    private static String text(String commentary) {
        return commentary == null ? "" : commentary;
    }
}
