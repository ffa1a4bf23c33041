package org.stocktake.letters.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.stocktake.letters.document.LetterDocument;

/**
 * Undo and redo over the whole letter: a snapshot is taken before each structural change (a part added, removed,
 * moved or inserted from data) and at each autosave, so undo steps back over a pause in typing, as a word processor
 * does. A text field's own undo still works inside it.
 */
final class EditHistory {

    private static final int KEPT = 200;

    private final LetterEditorModel editor;
    private final Deque<Snapshot> undo = new ArrayDeque<>();
    private final Deque<Snapshot> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();

    EditHistory(LetterEditorModel editor) {
        this.editor = editor;
    }

    void reset() {
        undo.clear();
        redo.clear();
        canUndo.set(false);
    }

    /** Remembers the letter as it stands, unless it stands as last remembered. */
    void checkpoint() {
        Snapshot now = snapshot();
        if (!undo.isEmpty() && undo.peek().equals(now)) {
            return;
        }
        undo.push(now);
        while (undo.size() > KEPT) {
            undo.removeLast();
        }
        redo.clear();
        canUndo.set(true);
    }

    void undo() {
        Snapshot now = snapshot();
        while (!undo.isEmpty() && undo.peek().equals(now)) {
            undo.pop();
        }
        if (undo.isEmpty()) {
            canUndo.set(false);
            return;
        }
        redo.push(now);
        restore(undo.pop());
        canUndo.set(!undo.isEmpty());
    }

    void redo() {
        if (redo.isEmpty()) {
            return;
        }
        undo.push(snapshot());
        restore(redo.pop());
        canUndo.set(true);
    }

    private Snapshot snapshot() {
        return new Snapshot(editor.title.get(), editor.document());
    }

    private void restore(Snapshot snapshot) {
        editor.load(snapshot.title(), snapshot.document());
        // What is restored differs from what was saved: it must be saved again.
        editor.markDirty(true);
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    private record Snapshot(String title, LetterDocument document) {}
}
