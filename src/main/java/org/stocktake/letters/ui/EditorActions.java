package org.stocktake.letters.ui;

import java.util.function.Consumer;

/** What the editor's buttons do to the open letter's body; each is one step of undo. */
final class EditorActions implements LetterEditor.BlockActions {

    private final LettersViewModel model;
    private final Consumer<EditableBlock> comment;
    private Consumer<EditableBlock> shown = block -> {};

    EditorActions(LettersViewModel model, Consumer<EditableBlock> comment) {
        this.model = model;
        this.comment = comment;
    }

    /** Where a part just added is shown to the person. */
    void onAdded(Consumer<EditableBlock> show) {
        this.shown = show;
    }

    @Override
    public void add(BlockKind kind, EditableBlock after) {
        LetterEditorModel editor = model.editor();
        model.history().checkpoint();
        int at = after == null ? editor.blocks.size() : editor.blocks.indexOf(after) + 1;
        EditableBlock added = EditableBlock.fresh(kind);
        editor.blocks.add(at, added);
        shown.accept(added);
    }

    @Override
    public void move(EditableBlock block, int by) {
        LetterEditorModel editor = model.editor();
        int from = editor.blocks.indexOf(block);
        int to = from + by;
        if (from < 0 || to < 0 || to >= editor.blocks.size()) {
            return;
        }
        model.history().checkpoint();
        editor.blocks.remove(from);
        editor.blocks.add(to, block);
    }

    @Override
    public void remove(EditableBlock block) {
        model.history().checkpoint();
        model.editor().blocks.remove(block);
    }

    @Override
    public void comment(EditableBlock block) {
        comment.accept(block);
    }
}
