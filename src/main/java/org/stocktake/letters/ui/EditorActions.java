package org.stocktake.letters.ui;

import java.util.function.Consumer;

/**
 * What the editor's buttons do to a body's parts, a letter's or a template's; each is one step of undo. Parts of a
 * template take no comments, so {@code comment} is null there and the button is not shown.
 */
final class EditorActions implements LetterEditor.BlockActions {

    private final LetterEditorModel editor;
    private final EditHistory history;
    private final Consumer<EditableBlock> comment;
    private Consumer<EditableBlock> shown = block -> {};

    EditorActions(LetterEditorModel editor, EditHistory history, Consumer<EditableBlock> comment) {
        this.editor = editor;
        this.history = history;
        this.comment = comment;
    }

    /** Where a part just added is shown to the person. */
    void onAdded(Consumer<EditableBlock> show) {
        this.shown = show;
    }

    @Override
    public void add(BlockKind kind, EditableBlock after) {
        history.checkpoint();
        int at = after == null ? editor.blocks.size() : editor.blocks.indexOf(after) + 1;
        EditableBlock added = EditableBlock.fresh(kind);
        editor.blocks.add(at, added);
        shown.accept(added);
    }

    @Override
    public void move(EditableBlock block, int by) {
        int from = editor.blocks.indexOf(block);
        int to = from + by;
        if (from < 0 || to < 0 || to >= editor.blocks.size()) {
            return;
        }
        history.checkpoint();
        editor.blocks.remove(from);
        editor.blocks.add(to, block);
    }

    @Override
    public void remove(EditableBlock block) {
        history.checkpoint();
        editor.blocks.remove(block);
    }

    @Override
    public void comment(EditableBlock block) {
        if (comment != null) {
            comment.accept(block);
        }
    }

    @Override
    public boolean takesComments() {
        return comment != null;
    }
}
