package org.stocktake.shared.undo;

/** A change the user made that can be taken back and made again. */
public interface UndoableChange {

    /** What the change was, for "Undo …" menu items, e.g. "edit of recommendation 3". */
    String description();

    void undo();

    void redo();
}
