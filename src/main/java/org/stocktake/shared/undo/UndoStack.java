package org.stocktake.shared.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The changes a user can take back, newest first. A change that fails to undo or redo stays where it was, so the
 * user can try again after fixing the cause; a new change clears what could be redone.
 */
public final class UndoStack {

    private static final int LIMIT = 200;

    private final Deque<UndoableChange> undoable = new ArrayDeque<>();
    private final Deque<UndoableChange> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");

    /** Records a change that has just been made. */
    public void done(UndoableChange change) {
        undoable.push(change);
        if (undoable.size() > LIMIT) {
            undoable.removeLast();
        }
        redoable.clear();
        refresh();
    }

    /** Undoes the newest change; returns it, or null when there was nothing to undo. */
    public UndoableChange undo() {
        UndoableChange change = undoable.peek();
        if (change == null) {
            return null;
        }
        change.undo();
        redoable.push(undoable.pop());
        refresh();
        return change;
    }

    /** Redoes the newest undone change; returns it, or null when there was nothing to redo. */
    public UndoableChange redo() {
        UndoableChange change = redoable.peek();
        if (change == null) {
            return null;
        }
        change.redo();
        undoable.push(redoable.pop());
        refresh();
        return change;
    }

    public void clear() {
        undoable.clear();
        redoable.clear();
        refresh();
    }

    private void refresh() {
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
        undoDescription.set(undoable.isEmpty() ? "" : undoable.peek().description());
        redoDescription.set(redoable.isEmpty() ? "" : redoable.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
